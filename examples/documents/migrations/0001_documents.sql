-- Document search: each document carries the embedding of its text (32 dimensions here to keep
-- the example fast; a real model has 384, 768 or 1536).
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE authors (
  id bigserial PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE documents (
  id bigserial PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES authors (id),
  category text NOT NULL CHECK (category IN ('news', 'blog', 'docs', 'faq', 'legal', 'support', 'release', 'research',
                                             'howto', 'api', 'security', 'billing', 'sales', 'hr', 'events', 'careers',
                                             'press', 'partners', 'status', 'archive')),
  title text NOT NULL,
  published_at timestamptz NOT NULL,
  embedding vector(32) NOT NULL
);

CREATE INDEX documents_author_id_idx ON documents (author_id);
CREATE INDEX documents_category_idx ON documents (category);
