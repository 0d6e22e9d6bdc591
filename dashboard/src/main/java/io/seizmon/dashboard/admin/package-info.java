/**
 * The running dashboard's admin channel: a Unix-domain socket at {@code <dataDir>/admin/admin.sock} (folder
 * {@code rwx------}) through which the {@code dashboard user} commands change users while the server holds the
 * database's lock. One JSON line in, one JSON line out per connection ({@link AdminRequest}, {@link AdminReply});
 * {@link UserChanges} applies a request to the user table with the same checks and messages on both paths.
 */
package io.seizmon.dashboard.admin;
