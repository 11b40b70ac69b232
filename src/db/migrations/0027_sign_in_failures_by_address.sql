-- Failed sign-ins also count against the network address they came from (accounts/rules.hpp:
-- address_key), so that one address trying many accounts is slowed down like one account
-- tried many times. Failures recorded before this column existed have no address ('').
ALTER TABLE sign_in_failures ADD COLUMN client_address TEXT NOT NULL DEFAULT '';
CREATE INDEX sign_in_failures_address ON sign_in_failures (client_address, at);
