package io.seizmon.dashboard.web;

import io.seizmon.dashboard.auth.Role;

/**
 * Who makes a request: a logged-in user, or a wall screen in kiosk mode.
 *
 * @param name the login name ({@code kiosk} for a wall screen)
 * @param role the role
 */
record Principal(String name, Role role) {

    static final Principal KIOSK = new Principal("kiosk", Role.KIOSK);
}
