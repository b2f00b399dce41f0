package io.careops.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Describes the spec's server ({@code quarkus.smallrye-openapi.servers}, the local launcher's address),
 * which SmallRye adds after the build-stage {@link ContractFilter} has run. A run-stage filter: it runs
 * when the spec is written at build and once at start, and touches nothing but the servers, so the
 * start-up cost of {@link ContractFilter} walking the whole document is not paid at every start.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUN)
public class ServerDescriptionFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        ContractFilter.describeServers(api);
    }
}
