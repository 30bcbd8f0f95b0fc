package hudson.security;

import org.springframework.security.access.AccessDeniedException;

public interface AccessControlled {
    ACL getACL();

    default void checkPermission(Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    @Deprecated
    default boolean hasPermission(org.acegisecurity.Authentication a, Permission permission) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
