from reception.content.markup import BulletList, Paragraph, parse_blocks, plain_text


def test_paragraphs_and_bullets() -> None:
    text = "Første linje\nfortsætter.\n\n- et\n- to\n  fortsat\nEfter listen."
    assert parse_blocks(text) == [
        Paragraph("Første linje fortsætter."),
        BulletList(("et", "to fortsat")),
        Paragraph("Efter listen."),
    ]
    assert plain_text(text).splitlines() == [
        "Første linje fortsætter.", "et", "to fortsat", "Efter listen."
    ]


def test_empty_text_has_no_blocks() -> None:
    assert parse_blocks("") == [] and parse_blocks("\n\n  \n") == []
