namespace Parley.Store.Internal;

/// <summary>
/// The tables of the store (documented in docs/store.md). There are no PRIMARY KEY or UNIQUE constraints:
/// DuckDB checks them eagerly, which rejects a delete and re-insert of the same key in one transaction — what
/// re-coding and re-clustering do. Uniqueness is kept by the writer (one writer per file, every batch one
/// transaction) and checked by the tests.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The schema version written to <c>parley_store</c>; a store with another version is refused.</summary>
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS parley_store (
            schema_version INTEGER NOT NULL,
            created_at TIMESTAMP NOT NULL
        );
        CREATE TABLE IF NOT EXISTS documents (
            content_hash VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            url VARCHAR,
            title VARCHAR,
            source VARCHAR,
            publication_date DATE,
            language VARCHAR NOT NULL,
            coding_version VARCHAR NOT NULL,
            sentence_count INTEGER NOT NULL,
            mention_count INTEGER NOT NULL,
            ingested_at TIMESTAMP NOT NULL,
            origin VARCHAR NOT NULL,
            text VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS mentions (
            mention_id BIGINT NOT NULL,
            content_hash VARCHAR NOT NULL,
            ordinal INTEGER NOT NULL,
            group_key VARCHAR NOT NULL,
            sentence_index INTEGER NOT NULL,
            sentence_text VARCHAR NOT NULL,
            event_date DATE,
            date_precision VARCHAR NOT NULL,
            source_key VARCHAR NOT NULL,
            source_code VARCHAR NOT NULL,
            source_country VARCHAR,
            source_org VARCHAR,
            source_role VARCHAR,
            source_name VARCHAR NOT NULL,
            source_text VARCHAR NOT NULL,
            target_key VARCHAR NOT NULL,
            target_code VARCHAR,
            target_country VARCHAR,
            target_org VARCHAR,
            target_role VARCHAR,
            target_name VARCHAR,
            target_text VARCHAR,
            cameo VARCHAR NOT NULL,
            root VARCHAR NOT NULL,
            quad_class TINYINT NOT NULL,
            goldstein DOUBLE NOT NULL,
            plover VARCHAR,
            modality VARCHAR NOT NULL,
            location_name VARCHAR,
            location_country VARCHAR,
            latitude DOUBLE,
            longitude DOUBLE,
            location_precision VARCHAR,
            confidence DOUBLE NOT NULL,
            repeats INTEGER NOT NULL,
            explanation VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS events (
            event_id BIGINT NOT NULL,
            group_key VARCHAR NOT NULL,
            event_date DATE,
            last_date DATE,
            source_key VARCHAR NOT NULL,
            source_code VARCHAR NOT NULL,
            source_name VARCHAR NOT NULL,
            target_key VARCHAR NOT NULL,
            target_code VARCHAR,
            target_name VARCHAR,
            cameo VARCHAR NOT NULL,
            root VARCHAR NOT NULL,
            quad_class TINYINT NOT NULL,
            goldstein DOUBLE NOT NULL,
            modality VARCHAR NOT NULL,
            location_name VARCHAR,
            location_country VARCHAR,
            latitude DOUBLE,
            longitude DOUBLE,
            location_precision VARCHAR,
            mention_count INTEGER NOT NULL,
            article_count INTEGER NOT NULL,
            source_count INTEGER NOT NULL,
            sources VARCHAR[] NOT NULL,
            first_seen TIMESTAMP NOT NULL,
            first_published DATE,
            confidence DOUBLE NOT NULL,
            first_mention_id BIGINT NOT NULL,
            first_url VARCHAR
        );
        CREATE TABLE IF NOT EXISTS event_mentions (
            event_id BIGINT NOT NULL,
            mention_id BIGINT NOT NULL,
            group_key VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS dirty_groups (
            group_key VARCHAR NOT NULL
        );
        CREATE TEMP TABLE IF NOT EXISTS scratch_keys (key VARCHAR NOT NULL);
        """;
}
