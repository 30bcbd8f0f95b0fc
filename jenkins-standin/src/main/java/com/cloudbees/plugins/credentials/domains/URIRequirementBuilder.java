package com.cloudbees.plugins.credentials.domains;

import java.util.List;

public class URIRequirementBuilder {
    private URIRequirementBuilder() {
    }

    public static URIRequirementBuilder fromUri(String uri) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public List<DomainRequirement> build() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
