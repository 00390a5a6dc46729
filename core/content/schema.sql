-- Calcinosis Guide content database. Written only by the content compiler; the application
-- opens it read-only. The schema version lives in PRAGMA user_version (see schema.h).
-- Text that differs by language sits in *_text tables keyed by (id, locale); structure and
-- citations are shared by all languages.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE locales (
    code         TEXT PRIMARY KEY,
    native_name  TEXT NOT NULL,
    english_name TEXT NOT NULL,
    direction    TEXT NOT NULL CHECK (direction IN ('ltr', 'rtl')),
    status       TEXT NOT NULL CHECK (status IN ('source', 'awaiting-review', 'reviewed')),
    position     INTEGER NOT NULL,
    written_on   TEXT NOT NULL, -- ISO date the language's text was last written
    -- When status is 'reviewed': who checked the translation (their role) and on what date.
    translation_reviewer    TEXT NOT NULL DEFAULT '',
    translation_reviewed_on TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'reviewed') = (translation_reviewer <> '' AND translation_reviewed_on <> ''))
) WITHOUT ROWID;

CREATE TABLE sources (
    id        TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    authors   TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    year      INTEGER,
    url       TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE strings (
    key    TEXT NOT NULL,
    locale TEXT NOT NULL REFERENCES locales (code),
    text   TEXT NOT NULL,
    PRIMARY KEY (key, locale)
) WITHOUT ROWID;

CREATE TABLE conditions (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE evidence_levels (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sections (
    key      TEXT PRIMARY KEY,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE section_text (
    section_key TEXT NOT NULL REFERENCES sections (key),
    locale      TEXT NOT NULL REFERENCES locales (code),
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL,
    PRIMARY KEY (section_key, locale)
) WITHOUT ROWID;

CREATE TABLE categories (
    id          TEXT PRIMARY KEY,
    section_key TEXT NOT NULL REFERENCES sections (key),
    position    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE category_text (
    category_id TEXT NOT NULL REFERENCES categories (id),
    locale      TEXT NOT NULL REFERENCES locales (code),
    label       TEXT NOT NULL,
    PRIMARY KEY (category_id, locale)
) WITHOUT ROWID;

CREATE TABLE topics (
    id          TEXT PRIMARY KEY,
    section_key TEXT NOT NULL REFERENCES sections (key),
    position    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE topic_text (
    topic_id  TEXT NOT NULL REFERENCES topics (id),
    locale    TEXT NOT NULL REFERENCES locales (code),
    title     TEXT NOT NULL,
    summary   TEXT NOT NULL,
    body_html TEXT NOT NULL,
    body_text TEXT NOT NULL,
    PRIMARY KEY (topic_id, locale)
) WITHOUT ROWID;

-- Clinical sign-offs (reviews.yaml). A topic with no row for a language is a draft there.
CREATE TABLE topic_reviews (
    topic_id      TEXT NOT NULL REFERENCES topics (id),
    locale        TEXT NOT NULL REFERENCES locales (code),
    status        TEXT NOT NULL CHECK (status IN ('draft', 'clinically-reviewed')),
    reviewer_role TEXT NOT NULL DEFAULT '',
    reviewed_on   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (topic_id, locale)
) WITHOUT ROWID;

CREATE TABLE topic_terms (
    topic_id TEXT NOT NULL REFERENCES topics (id),
    term_id  TEXT NOT NULL REFERENCES glossary_terms (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (topic_id, term_id)
) WITHOUT ROWID;

CREATE TABLE items (
    id             TEXT PRIMARY KEY,
    section_key    TEXT NOT NULL REFERENCES sections (key),
    kind           TEXT NOT NULL,
    category_id    TEXT NOT NULL REFERENCES categories (id),
    position       INTEGER NOT NULL,
    treatment_kind TEXT NOT NULL DEFAULT '',
    lesion_size    TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT '',
    region         TEXT NOT NULL DEFAULT '',
    blood_calcium  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE item_conditions (
    item_id      TEXT NOT NULL REFERENCES items (id),
    condition_id TEXT NOT NULL REFERENCES conditions (id),
    PRIMARY KEY (item_id, condition_id)
) WITHOUT ROWID;

CREATE TABLE item_text (
    item_id       TEXT NOT NULL REFERENCES items (id),
    locale        TEXT NOT NULL REFERENCES locales (code),
    name          TEXT NOT NULL,
    summary       TEXT NOT NULL,
    detail_html   TEXT NOT NULL DEFAULT '',
    detail_text   TEXT NOT NULL DEFAULT '',
    shows         TEXT NOT NULL DEFAULT '',
    expect        TEXT NOT NULL DEFAULT '',
    evidence_note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, locale)
) WITHOUT ROWID;

CREATE TABLE glossary_terms (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE glossary_text (
    term_id    TEXT NOT NULL REFERENCES glossary_terms (id),
    locale     TEXT NOT NULL REFERENCES locales (code),
    term       TEXT NOT NULL,
    definition TEXT NOT NULL,
    synonyms   TEXT NOT NULL DEFAULT '', -- one per line
    PRIMARY KEY (term_id, locale)
) WITHOUT ROWID;

CREATE TABLE glossary_links (
    term_id     TEXT NOT NULL REFERENCES glossary_terms (id),
    see_also_id TEXT NOT NULL REFERENCES glossary_terms (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (term_id, see_also_id)
) WITHOUT ROWID;

CREATE TABLE care_cards (
    urgency  TEXT PRIMARY KEY CHECK (urgency IN ('emergency', 'urgent', 'soon')),
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE care_card_text (
    urgency TEXT NOT NULL REFERENCES care_cards (urgency),
    locale  TEXT NOT NULL REFERENCES locales (code),
    heading TEXT NOT NULL,
    advice  TEXT NOT NULL,
    PRIMARY KEY (urgency, locale)
) WITHOUT ROWID;

CREATE TABLE red_flags (
    id       TEXT PRIMARY KEY,
    urgency  TEXT NOT NULL REFERENCES care_cards (urgency),
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE red_flag_text (
    flag_id TEXT NOT NULL REFERENCES red_flags (id),
    locale  TEXT NOT NULL REFERENCES locales (code),
    text    TEXT NOT NULL,
    PRIMARY KEY (flag_id, locale)
) WITHOUT ROWID;

-- Which sources every topic, item, glossary term and red flag rests on.
CREATE TABLE citations (
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('topic', 'item', 'term', 'red-flag')),
    owner_id   TEXT NOT NULL,
    source_id  TEXT NOT NULL REFERENCES sources (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, source_id)
) WITHOUT ROWID;

CREATE INDEX topics_by_section ON topics (section_key, position);
CREATE INDEX items_by_section ON items (section_key, position);
