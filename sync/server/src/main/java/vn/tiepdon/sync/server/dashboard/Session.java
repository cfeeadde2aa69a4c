package vn.tiepdon.sync.server.dashboard;

import vn.tiepdon.sync.server.people.Role;

/**
 * A person signed in to the dashboard.
 *
 * @param csrf the token every form of this session carries; a form without it is refused
 */
public record Session(String user, Role role, String csrf) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
