package org.hearth.protocol.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of a protocol, at its place in the order; part of its {@link LocalProtocol}. */
@Entity
@Table(name = "protocol_step")
public class ProtocolStep {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "protocol_id")
    private LocalProtocol protocol;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_en", length = TEXT_LENGTH)
    private String textEn;

    @Column(name = "text_fr", length = TEXT_LENGTH)
    private String textFr;

    /** The slug of the directory's service this step sends people to, or null. */
    @Column(name = "service_slug", length = 100)
    private String service;

    protected ProtocolStep() {
    }

    ProtocolStep(LocalProtocol protocol, int position, String textEn, String textFr, String service) {
        this.protocol = protocol;
        this.position = position;
        this.textEn = textEn;
        this.textFr = textFr;
        this.service = service;
    }

    public int position() {
        return position;
    }

    public String text(String lang) {
        return "fr".equals(lang) ? textFr : textEn;
    }

    public String service() {
        return service;
    }

    StepInput input() {
        return new StepInput(textEn, textFr, service);
    }
}
