package io.careops.incidentsafety.analysis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One answer in a five-whys tree, stored flat: a key per analysis and the key of the answer it
 * explains (none for a first "why").
 */
@Embeddable
public class WhyNode {

    @Column(name = "node_key")
    private int nodeKey;
    @Column(name = "parent_key")
    private Integer parentKey;
    private String answer;

    protected WhyNode() {
        // for JPA
    }

    WhyNode(int key, Integer parentKey, String answer) {
        this.nodeKey = key;
        this.parentKey = parentKey;
        this.answer = answer;
    }

    public int key() { return nodeKey; }
    public Integer parentKey() { return parentKey; }
    public String answer() { return answer; }
}
