import { describeWorkerCrash } from './support/reminder-crash-scenario';

describeWorkerCrash('postgres');
