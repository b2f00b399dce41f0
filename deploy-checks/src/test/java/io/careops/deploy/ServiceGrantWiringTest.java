package io.careops.deploy;

import static io.careops.deploy.Nodes.kind;
import static io.careops.deploy.Nodes.list;
import static io.careops.deploy.Nodes.map;
import static io.careops.deploy.Nodes.maps;
import static io.careops.deploy.Nodes.name;
import static io.careops.deploy.Nodes.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scheduling's service grant to compliance (issue 14): the private key reaches scheduling only and
 * the public key compliance only, each from a Secret created out of band (Kubernetes) or a compose
 * secret, under the configuration names the services read (ServiceFacts checks those names too).
 */
class ServiceGrantWiringTest {

    /** Deployment name -> variable -> the Secret it comes from (app containers and init containers). */
    private static Map<String, Map<String, String>> secretVariables() {
        Map<String, Map<String, String>> found = new HashMap<>();
        for (Map<String, Object> doc : Manifests.baseDocuments()) {
            if (!"Deployment".equals(kind(doc))) {
                continue;
            }
            Map<String, String> variables = found.computeIfAbsent(name(doc), n -> new HashMap<>());
            for (String containers : List.of("containers", "initContainers")) {
                for (Map<String, Object> container : maps(doc, "spec", "template", "spec", containers)) {
                    for (Map<String, Object> variable : maps(container, "env")) {
                        String secret = str(variable, "valueFrom", "secretKeyRef", "name");
                        if (secret != null) {
                            variables.put(str(variable, "name"), secret);
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void kubernetesGivesTheGrantsPrivateKeyToSchedulingAndThePublicKeyToComplianceOnly() {
        Map<String, Map<String, String>> variables = secretVariables();
        assertEquals("scheduling-service-grant", variables.get("scheduling-service").get("CAREOPS_SERVICE_GRANT_PRIVATE_KEY"));
        assertEquals("compliance-service-grant", variables.get("compliance-service").get("CAREOPS_SERVICE_GRANT_PUBLIC_KEY"));
        variables.forEach((deployment, secrets) -> {
            if (!deployment.equals("scheduling-service")) {
                assertTrue(!secrets.containsValue("scheduling-service-grant"), deployment + " must not get scheduling's private key");
            }
        });
    }

    @Test
    void composeGivesTheGrantsPrivateKeyToSchedulingAndThePublicKeyToComplianceOnly() {
        Map<String, Object> compose = Repo.yamlDocuments(Repo.read(Repo.path("deploy/compose/compose.yaml"))).get(0);
        Map<String, Object> services = map(compose, "services");
        assertEquals("/run/secrets/service-grant-private-key",
                str(services, "scheduling-service", "environment", "CAREOPS_SERVICE_GRANT_PRIVATE_KEY_LOCATION"));
        assertEquals("/run/secrets/service-grant-public-key",
                str(services, "compliance-service", "environment", "CAREOPS_SERVICE_GRANT_PUBLIC_KEY_LOCATION"));
        services.forEach((service, definition) -> {
            List<Object> secrets = list(definition, "secrets");
            assertEquals(service.equals("scheduling-service"), secrets.contains("service-grant-private-key"),
                    service + ": the private key is scheduling's alone");
            assertEquals(service.equals("compliance-service"), secrets.contains("service-grant-public-key"),
                    service + ": the public key is for compliance");
        });
        assertTrue(map(compose, "secrets").containsKey("service-grant-private-key"));
    }
}
