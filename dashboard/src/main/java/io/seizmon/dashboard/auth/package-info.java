/** Users, roles and password hashing (PBKDF2-HMAC-SHA256); no web framework here. */
package io.seizmon.dashboard.auth;
