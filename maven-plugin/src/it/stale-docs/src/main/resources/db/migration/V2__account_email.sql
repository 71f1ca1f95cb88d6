-- Added after the docs were last written: the committed docs do not show this column.
ALTER TABLE account ADD COLUMN email text;
COMMENT ON COLUMN account.email IS 'Where the password reset link goes.';
