-- PostgreSQL roles of a sanat database (run once as a superuser; `sanat migrate` re-applies the audit revokes).
--   sanat_owner  owns the schema and the tables: migrations run as it (SANAT_MIGRATE_DATABASE_URL).
--   sanat_app    what the app nodes and the worker use (SANAT_DATABASE_URL): data rights only. It cannot
--                TRUNCATE, DROP, ALTER (so cannot disable triggers) any table, and on the audit log
--                (accounts_auditevent) it may only SELECT and INSERT.
-- Replace the passwords. In the compose file the database is created by the image as sanat_owner.
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sanat_owner') THEN
    CREATE ROLE sanat_owner LOGIN PASSWORD 'change-me-owner';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sanat_app') THEN
    CREATE ROLE sanat_app LOGIN PASSWORD 'change-me-app' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
-- (as the database owner or superuser, connected to the sanat database)
GRANT CONNECT ON DATABASE sanat TO sanat_app;
ALTER SCHEMA public OWNER TO sanat_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO sanat_app;
ALTER DEFAULT PRIVILEGES FOR ROLE sanat_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO sanat_app;
ALTER DEFAULT PRIVILEGES FOR ROLE sanat_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO sanat_app;
