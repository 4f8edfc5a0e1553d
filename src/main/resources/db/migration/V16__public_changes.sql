-- Several nodes, one truth (issue 19): every change of what the public may see bumps one
-- cluster-wide generation and is logged under it, in a short transaction of its own right after
-- the change commits and before the call that made it returns. A node checks the generation
-- before it serves a page from its memory, and catches up (drops its cached pages, brings its
-- search index in line) when another node moved it on. The row lock on the generation orders
-- the log: generation g is committed before anyone can take g + 1.
CREATE TABLE public_generation (
    id     INT     NOT NULL PRIMARY KEY,
    value  BIGINT  NOT NULL
);
INSERT INTO public_generation (id, value) VALUES (1, 0);

CREATE TABLE public_change (
    generation  BIGINT        NOT NULL PRIMARY KEY,
    story_slug  VARCHAR(160),
    at          DATETIME(6)   NOT NULL
);
