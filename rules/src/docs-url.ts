/** Where a rule's generated docs live; findings link to `#<messageid>` headings there. */
export const docsUrl = (id: string): string => `https://github.com/postlint/postlint/blob/main/docs/rules/${id}.md`;
