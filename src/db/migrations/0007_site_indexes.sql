-- The public news listing reads the newest published posts first: this index hands them
-- over in that order (published_at DESC, id DESC), so a page of 50 reads 50 rows instead of
-- sorting every post. It replaces the single-column index of 0002, which it covers.
CREATE INDEX news_posts_published_newest ON news_posts (published_at DESC, id DESC);
DROP INDEX news_posts_published;
-- The site's content cache asks once a second for the newest change (MAX(updated_at)); with
-- this index the answer is one index lookup however many posts there are.
CREATE INDEX news_posts_updated ON news_posts (updated_at);
