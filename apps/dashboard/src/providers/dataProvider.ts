import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import { callApi, downloadApi, type DownloadedFile, type Translate } from './api-client';

/**
 * Records arrive as JSON; React-admin's generic methods let each caller name the record type it expects,
 * which a value typed here could never satisfy. So what the API answers stays untyped at this boundary.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ApiRecord = any;

interface ListAnswer {
  data: ApiRecord[];
  total: number;
}

type QueryValue = string | number | boolean;
type QueryParams = Record<string, QueryValue | null | undefined>;

/**
 * Beyond React-admin's CRUD, the API has shapes every resource may use: commands on one record
 * (`POST /<resource>/:id/<action>`: a case's transition, a client's reveal), lists that belong to one
 * record (`GET /<resource>/:id/<list>`: a case's timeline), figures worked out for one record
 * (`GET /<resource>/:id/<name>`: a case's affordability, a debt's proposal suggestions), a list exported whole as a file
 * (`GET /<resource>/export`), files imported in two steps (`POST /imports/<resource>/preview|commit`),
 * a file attached to one record (`POST /<resource>/:id/<action>` as multipart: a document's scan),
 * one record's bytes (`GET /<resource>/:id/<action>`: a document file's content), things the API keeps
 * one of (`GET|PUT /<resource>`: the firm's reminder settings, my reminder channels) and commands on a
 * whole collection (`POST /<resource>/<action>`: mark all my notifications read). All stay generic,
 * like the rest.
 */
export interface AccordDataProvider extends DataProvider {
  command<T = ApiRecord>(
    resource: string,
    params: { id: Identifier; action: string; data?: unknown },
  ): Promise<{ data: T }>;
  getNestedList<T = ApiRecord>(
    resource: string,
    params: { id: Identifier; list: string; pagination: { page: number; perPage: number } },
  ): Promise<{ data: T[]; total: number }>;
  /** What the API works out for one record, as one JSON answer. */
  getNested<T = ApiRecord>(resource: string, params: { id: Identifier; name: string }): Promise<{ data: T }>;
  /** The whole list as the API writes it (a CSV), with a list's filters and sort, headed in `locale`. */
  exportList(
    resource: string,
    params: { filter: Record<string, unknown>; sort?: { field: string; order: string }; locale: string },
  ): Promise<{ data: DownloadedFile }>;
  /** A file checked (`preview`, writes nothing) or written (`commit`, all of it or nothing). */
  importFile<T = ApiRecord>(
    resource: string,
    params: { step: 'preview' | 'commit'; file: { contentType: string; text: string } },
  ): Promise<{ data: T }>;
  /** A file sent as multipart/form-data in the field `file`. */
  attachFile<T = ApiRecord>(
    resource: string,
    params: { id: Identifier; action: string; file: Blob; filename: string },
  ): Promise<{ data: T }>;
  /**
   * Something the API keeps one of at `GET /<resource>` (the firm's reminder settings, my reminder
   * channels) or works out for a whole collection (`notifications/unread-count`, the team's workload for
   * a period: `query`, its empty values left out).
   */
  getSingle<T = ApiRecord>(resource: string, params?: { query?: QueryParams }): Promise<{ data: T }>;
  /** Replaces such a thing whole (`PUT /<resource>`), with the `version` that was read where it has one. */
  putSingle<T = ApiRecord>(resource: string, params: { data: unknown }): Promise<{ data: T }>;
  /** A command on a whole collection rather than one record: `POST /<resource>/<action>`. */
  collectionCommand<T = ApiRecord>(
    resource: string,
    params: { action: string; data?: unknown },
  ): Promise<{ data: T }>;
  /** A record's bytes as a Blob: a link cannot carry the bearer token, so the page holds the file itself. */
  getFile(
    resource: string,
    params: { id: Identifier; action: string; query?: Record<string, QueryValue> },
  ): Promise<{ data: DownloadedFile }>;
}

/**
 * Speaks the API's conventions for every resource alike: `?page&perPage&sort&order&<filters>` lists
 * answering `{data, total}`, PATCH with the `version` that was read, DELETE by id. Anything one resource
 * needs beyond that belongs in the API, not in a branch here.
 */
export function createDataProvider(translate: Translate): AccordDataProvider {
  const call = <T>(path: string, request?: Parameters<typeof callApi>[2]) =>
    callApi<T>(path, translate, request);
  const one = (resource: string, id: Identifier) => `/${resource}/${encodeURIComponent(String(id))}`;

  const getOne = async (resource: string, id: Identifier) => ({
    data: await call<ApiRecord>(one(resource, id)),
  });

  const update = async (
    resource: string,
    id: Identifier,
    data: Partial<RaRecord>,
    previousData: RaRecord,
  ) => {
    const changes = changedFields(data, previousData);
    // Nothing changed: saving must not bump the version and make other people's copies stale for nothing.
    if (Object.keys(changes).length === 0) return { data: previousData };
    const body = { ...changes, version: previousData.version };
    return { data: await call<ApiRecord>(one(resource, id), { method: 'PATCH', body }) };
  };

  return {
    getList: async (resource, params) => {
      const answer = isLookup(params.filter, params.meta)
        ? await call<ListAnswer>(`/${resource}/lookup`, {
            method: 'POST',
            body: listBody(params.pagination, params.sort, params.filter),
          })
        : await call<ListAnswer>(`/${resource}?${listQuery(params.pagination, params.sort, params.filter)}`);
      return { data: answer.data, total: answer.total };
    },

    getOne: (resource, params) => getOne(resource, params.id),

    getMany: async (resource, params) => {
      const settled = await Promise.allSettled(params.ids.map((id) => getOne(resource, id)));
      // A reference to a record that no longer exists shows as missing; any other failure is an error.
      const failure = settled.find(
        (r): r is PromiseRejectedResult => r.status === 'rejected' && r.reason?.status !== 404,
      );
      if (failure) throw failure.reason;
      return {
        data: settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value.data] : [])),
      };
    },

    getManyReference: async (resource, params) => {
      const query = listQuery(params.pagination, params.sort, {
        ...params.filter,
        [params.target]: params.id,
      });
      const answer = await call<ListAnswer>(`/${resource}?${query}`);
      return { data: answer.data, total: answer.total };
    },

    create: async (resource, params) => ({
      data: await call<ApiRecord>(`/${resource}`, {
        method: 'POST',
        body: params.meta?.whole ? params.data : withoutEmpty(params.data),
      }),
    }),

    update: (resource, params) => update(resource, params.id, params.data, params.previousData),

    // Bulk changes apply the same fields to each record as it is now, so they read each one's version first.
    updateMany: async (resource, params) => {
      for (const id of params.ids) {
        const { data: current } = await getOne(resource, id);
        await update(resource, id, params.data, current);
      }
      return { data: params.ids };
    },

    delete: async (resource, params) => {
      const deleted = await call<ApiRecord>(one(resource, params.id), { method: 'DELETE' });
      return { data: deleted ?? params.previousData ?? { id: params.id } };
    },

    deleteMany: async (resource, params) => {
      for (const id of params.ids) await call(one(resource, id), { method: 'DELETE' });
      return { data: params.ids };
    },

    command: async (resource, params) => ({
      data: await call(`${one(resource, params.id)}/${params.action}`, {
        method: 'POST',
        body: params.data ?? {},
      }),
    }),

    getNestedList: async (resource, params) => {
      const query = listQuery(params.pagination, undefined, undefined);
      const answer = await call<ListAnswer>(`${one(resource, params.id)}/${params.list}?${query}`);
      return { data: answer.data, total: answer.total };
    },

    getNested: async (resource, params) => ({
      data: await call(`${one(resource, params.id)}/${params.name}`),
    }),

    getSingle: async (resource, params) => ({
      data: await call(withQuery(`/${resource}`, params?.query)),
    }),

    putSingle: async (resource, params) => ({
      data: await call(`/${resource}`, { method: 'PUT', body: params.data }),
    }),

    collectionCommand: async (resource, params) => ({
      data: await call(`/${resource}/${params.action}`, { method: 'POST', body: params.data ?? {} }),
    }),

    exportList: async (resource, params) => {
      const query = listQuery(undefined, params.sort, { ...params.filter, locale: params.locale });
      return { data: await downloadApi(`/${resource}/export?${query}`, translate) };
    },

    importFile: async (resource, params) => ({
      data: await call(`/imports/${resource}/${params.step}`, { method: 'POST', file: params.file }),
    }),

    attachFile: async (resource, params) => {
      const form = new FormData();
      form.append('file', params.file, params.filename);
      return { data: await call(`${one(resource, params.id)}/${params.action}`, { method: 'POST', form }) };
    },

    getFile: async (resource, params) => ({
      data: await downloadApi(
        withQuery(`${one(resource, params.id)}/${params.action}`, params.query),
        translate,
      ),
    }),
  };
}

/**
 * The fields of `data` that differ from what was read. Null and undefined count as the same (an input left
 * empty), so an untouched optional field such as a new password is never sent.
 */
export function changedFields(
  data: Partial<RaRecord>,
  previousData: Partial<RaRecord>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'id' || key === 'version') continue;
    const before = previousData[key];
    if (value == null && before == null) continue;
    if (value === undefined) continue;
    if (JSON.stringify(value) === JSON.stringify(before)) continue;
    changes[key] = value;
  }
  return changes;
}

export function listQuery(
  pagination: { page: number; perPage: number } | undefined,
  sort: { field: string; order: string } | undefined,
  filter: Record<string, unknown> | undefined,
): string {
  const query = new URLSearchParams();
  if (pagination) {
    query.set('page', String(pagination.page));
    query.set('perPage', String(pagination.perPage));
  }
  // React-admin sorts by `id` when a view names no sort; no list of ours offers it, so the API's default applies.
  if (sort?.field && sort.field !== 'id') {
    query.set('sort', sort.field);
    query.set('order', sort.order === 'DESC' ? 'DESC' : 'ASC');
  }
  for (const [key, value] of Object.entries(filter ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (isQueryValue(item)) query.append(key, String(item));
    }
  }
  return query.toString();
}

/**
 * A list whose filters include numbers that must never travel in an address (an exact ID number or phone,
 * which would land in access logs and histories) names them in `meta.lookup`. When one of them is set,
 * the same list is asked for as `POST /<resource>/lookup`, paging, sort and filters all in the body.
 */
function isLookup(filter: Record<string, unknown> | undefined, meta: unknown): boolean {
  const names = (meta as { lookup?: unknown } | undefined)?.lookup;
  return Array.isArray(names) && names.some((name) => isQueryValue(filter?.[name]));
}

/** What listQuery puts in an address, as a JSON body: the same names, numbers kept as numbers. */
export function listBody(
  pagination: { page: number; perPage: number } | undefined,
  sort: { field: string; order: string } | undefined,
  filter: Record<string, unknown> | undefined,
): Record<string, QueryValue> {
  const body: Record<string, QueryValue> = {};
  if (pagination) Object.assign(body, { page: pagination.page, perPage: pagination.perPage });
  if (sort?.field && sort.field !== 'id') {
    Object.assign(body, { sort: sort.field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' });
  }
  for (const [key, value] of Object.entries(filter ?? {})) if (isQueryValue(value)) body[key] = value;
  return body;
}

/** A path with its query string, when any value is left once the empty ones are dropped. */
function withQuery(path: string, query: QueryParams | undefined): string {
  const search = listQuery(undefined, undefined, query);
  return search ? `${path}?${search}` : path;
}

function isQueryValue(value: unknown): value is QueryValue {
  return (
    (typeof value === 'string' && value !== '') || typeof value === 'number' || typeof value === 'boolean'
  );
}

/**
 * Create bodies leave out empty optional inputs (an empty text, a list with nothing ticked) rather than
 * sending values the API would have to accept as "none". A caller whose empty lists are values the API
 * requires (a financial statement with no other debts) sends its body whole with `meta: { whole: true }`.
 */
function withoutEmpty(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([, value]) => value != null && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
}
