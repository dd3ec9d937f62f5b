-- People search (core/src/people/search.ts): name prefixes and identifier prefixes with a
-- plain btree (text_pattern_ops serves LIKE 'x%'); pg_trgm is not available on every PGlite.
-- Raw SQL only: Prisma's schema cannot say text_pattern_ops on a btree index.
CREATE INDEX "people_name_key_prefix_idx" ON "people" ("name_key" text_pattern_ops);
CREATE INDEX "person_identifiers_match_key_prefix_idx" ON "person_identifiers" (lower("match_key") text_pattern_ops);
