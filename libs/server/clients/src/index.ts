export * from './client-hooks';
export * from './client-identifiers';
export * from './client.entity';
export * from './client.view';
export * from './clients.module';
export * from './clients.service';
export * from './dto/client.dto';
export * from './tables';
