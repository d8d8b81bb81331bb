-- The approximate nearest-neighbour index the search uses: HNSW, cosine distance.
CREATE INDEX documents_embedding_idx ON documents USING hnsw (embedding vector_cosine_ops) WITH (m = 8, ef_construction = 32);
