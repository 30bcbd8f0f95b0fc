package org.acegisecurity;

public interface Authentication {
}
