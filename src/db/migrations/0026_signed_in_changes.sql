-- Every change to what a signed-in request learns about its user (the session, the account,
-- its memberships and organisation names, its second factor) is announced on the channel
-- pmi_signed_in, with the user's id, or '*' when many users may be concerned. Servers that
-- keep resolved sessions in memory drop them on hearing it, whichever process made the change.
-- Announcements go out when the transaction commits, and not at all when it rolls back.
-- SQLite has no such channel between processes; there, sessions are read for every request.
-- @postgres
CREATE FUNCTION announce_signed_in_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Each branch reads only the row variables its operation has (plpgsql binds them all).
    IF TG_TABLE_NAME = 'organisations' THEN
        PERFORM pg_notify('pmi_signed_in', '*');
    ELSIF TG_TABLE_NAME = 'users' THEN
        IF TG_OP = 'DELETE' THEN
            PERFORM pg_notify('pmi_signed_in', OLD.id::text);
        ELSE
            PERFORM pg_notify('pmi_signed_in', NEW.id::text);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('pmi_signed_in', OLD.user_id::text);
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('pmi_signed_in', NEW.user_id::text);
    ELSE
        PERFORM pg_notify('pmi_signed_in', OLD.user_id::text);
        PERFORM pg_notify('pmi_signed_in', NEW.user_id::text);
    END IF;
    RETURN NULL;
END $$;
-- A session's last_seen_at moves once a minute per user and changes nothing a request sees.
CREATE TRIGGER sessions_announce AFTER DELETE OR UPDATE OF user_id, created_at ON sessions
FOR EACH ROW EXECUTE FUNCTION announce_signed_in_change();
CREATE TRIGGER users_announce AFTER UPDATE OR DELETE ON users
FOR EACH ROW EXECUTE FUNCTION announce_signed_in_change();
CREATE TRIGGER memberships_announce AFTER INSERT OR UPDATE OR DELETE ON memberships
FOR EACH ROW EXECUTE FUNCTION announce_signed_in_change();
CREATE TRIGGER second_factors_announce AFTER INSERT OR UPDATE OR DELETE ON second_factors
FOR EACH ROW EXECUTE FUNCTION announce_signed_in_change();
CREATE TRIGGER organisations_announce AFTER UPDATE OF name OR DELETE ON organisations
FOR EACH STATEMENT EXECUTE FUNCTION announce_signed_in_change();
-- @end
