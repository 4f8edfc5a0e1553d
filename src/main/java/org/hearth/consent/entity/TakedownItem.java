package org.hearth.consent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One thing a takedown removed from public view: a story (translations are stories), a media item or a media kit. */
@Embeddable
public class TakedownItem {

    @Column(name = "item_type", nullable = false, length = 20)
    private String type;

    @Column(name = "item_id", nullable = false, length = 64)
    private String itemId;

    @Column(length = 500)
    private String url;

    protected TakedownItem() {
    }

    public TakedownItem(String type, String itemId, String url) {
        this.type = type;
        this.itemId = itemId;
        this.url = url;
    }

    public String type() {
        return type;
    }

    public String itemId() {
        return itemId;
    }

    public String url() {
        return url;
    }
}
