package org.hearth.mediakit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One item of a kit, in its place: a media asset (by public id) or a Markdown text of a kind. */
@Entity
@Table(name = "media_kit_item")
public class KitItem {

    public static final int TITLE_LENGTH = 300;
    public static final int BODY_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kit_id")
    private MediaKit kit;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 16)
    private ItemType type;

    @Column(name = "media_ref", length = 32)
    private String mediaRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_kind", length = 32)
    private TextKind textKind;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = BODY_LENGTH)
    private String body;

    protected KitItem() {
    }

    KitItem(MediaKit kit, int position, ItemType type, String mediaRef, TextKind textKind, String title, String body) {
        this.kit = kit;
        this.position = position;
        this.type = type;
        this.mediaRef = mediaRef;
        this.textKind = textKind;
        this.title = title;
        this.body = body;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public boolean isMedia() {
        return type == ItemType.MEDIA;
    }

    public Long id() { return id; }
    public MediaKit kit() { return kit; }
    public int position() { return position; }
    public ItemType type() { return type; }
    public String mediaRef() { return mediaRef; }
    public TextKind textKind() { return textKind; }
    public String title() { return title; }
    public String body() { return body; }

    /** As sent, for revisions, translations and the editor. */
    public KitItemInput asInput() {
        return new KitItemInput(type.code(), mediaRef, textKind == null ? null : textKind.code(), title, body);
    }
}
