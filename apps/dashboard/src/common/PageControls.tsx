import { useMemo } from 'react';
import { ListPaginationContext, Pagination } from 'react-admin';

/**
 * React-admin's pagination (its page numbers and its words, in every language) under a list that is no
 * React-admin List: a page of the API's `{data, total}` read with useGetList.
 */
export const PageControls = ({
  resource,
  page,
  perPage,
  total,
  setPage,
}: {
  /** The resource listed, as React-admin's pagination names it in its messages. */
  resource: string;
  page: number;
  perPage: number;
  total: number | undefined;
  setPage: (page: number) => void;
}) => {
  const value = useMemo(
    () => ({
      resource,
      page,
      perPage,
      total,
      setPage,
      setPerPage: () => undefined,
      hasNextPage: total !== undefined && page * perPage < total,
      hasPreviousPage: page > 1,
      isLoading: false,
      isPending: false,
    }),
    [resource, page, perPage, total, setPage],
  );
  // One page needs no controls.
  if (total === undefined || total <= perPage) return null;
  return (
    <ListPaginationContext.Provider value={value}>
      <Pagination rowsPerPageOptions={[]} />
    </ListPaginationContext.Provider>
  );
};
