"""Plain-language labels of the catalog's anomaly codes, for readers of the position and home pages.

The codes (``anomalies[].code`` of ``build_catalog()``; meanings in ``docs/catalog-format.md`` and
``docs/requirements-contract.md``) are stable identifiers; their ``message`` stays English technical text.
A label says what the defect means for a reader; their kk/ru msgstr live in ``sanat/locale/{kk,ru}/LC_MESSAGES/django.po``.
An unknown code is shown as itself (``label``), never an error.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

LABELS = {
    # structure of the printed text
    "duplicate_paragraph_number": _("The same paragraph number is printed twice in the chapter"),
    "paragraph_label_variant": _("A paragraph heading is printed in a non-standard form"),
    "chapter_heading_merged": _("A chapter heading is printed inside a section heading"),
    "duplicate_clause_number": _("The same clause number is printed twice"),
    "clause_number_not_consecutive": _("Clause numbers do not follow in order"),
    "missing_clause_heading": _("A clause has no heading"),
    "inline_clause_heading": _("A clause heading and its text are printed on one line"),
    "clause_heading_variant": _("A clause heading is spelt differently from the usual form"),
    "kk_law_list_garbled": _(
        "The law names in the Kazakh text were jumbled when the file was extracted (shown as is)"
    ),
    "duplicate_item": _("The same item is listed twice"),
    "section_label_inconsistent": _("Section headings are printed in different forms"),
    "amendment_clause_mismatch": _("An amendment note names a different clause"),
    # category levels (competencies)
    "category_label_variant": _("A category name is printed in a non-standard form"),
    "missing_builds_on": _("It is not stated which level this category builds on"),
    "irregular_builds_on": _("A category builds on a different level than the one before it"),
    "builds_on_undefined_level": _("A category refers to a level not described in this list"),
    "missing_category_level": _("The list of categories stops before teacher-master"),
    # experience and other requirements
    "threshold_conflict": _("Two different experience requirements are given for the same category"),
    "threshold_order_inverted": _("A higher category requires less experience than a lower one"),
    "threshold_missing_category": _("No experience requirement is given for a category"),
    "threshold_middle_only": _(
        "Experience requirements are given only for technical and vocational education, none for higher education"
    ),
    "threshold_category_without_years": _(
        "A category in the experience table has no readable number of years"
    ),
    "threshold_number_unattributed": _("A number of years in the experience table belongs to no category"),
    "unreadable_years": _("A number of years of experience cannot be read (misprint)"),
    "years_unit_misprinted": _("The word “years” is misprinted; the number is read as years"),
    "experience_in_category_as_post": _("Experience in a category is counted as if the category were a post"),
    "connector_missing": _(
        "The text does not say whether a requirement line adds to the line before it or replaces it"
    ),
    # Kazakh and Russian texts differ
    "kk_ru_clause_number_mismatch": _("The Kazakh and Russian texts number this clause differently"),
    "kk_ru_item_count_mismatch": _("The Kazakh and Russian texts list a different number of items"),
    "kk_ru_competency_levels_mismatch": _("Some category levels appear in only one of the two languages"),
    "kk_ru_builds_on_mismatch": _("The Kazakh and Russian texts build a category on different levels"),
    "kk_ru_threshold_mismatch": _("The experience requirements differ between the Kazakh and Russian texts"),
    "kk_ru_threshold_missing": _(
        "The Kazakh and Russian texts give a different number of experience requirements for a category"
    ),
    "kk_ru_threshold_wording": _(
        "The same years of experience are worded differently in the Kazakh and Russian texts"
    ),
    "kk_ru_threshold_levels_mismatch": _(
        "The Kazakh and Russian texts apply experience requirements to different levels of education"
    ),
    "kk_ru_experience_kind_mismatch": _("The Kazakh and Russian texts count different kinds of experience"),
    "kk_ru_base_experience_mismatch": _(
        "The Kazakh and Russian texts require different experience for the post itself"
    ),
    "kk_ru_no_experience_mismatch": _("One language requires no experience, the other does"),
    "kk_ru_education_levels_mismatch": _("The Kazakh and Russian texts accept different levels of education"),
    "kk_ru_archetype_mismatch": _(
        "The requirements are structured differently in the Kazakh and Russian texts"
    ),
    # whole texts
    "ru_chapters_missing": _("Some chapters are missing from the Russian text"),
    "kk_chapters_missing": _("Some chapters are missing from the Kazakh text"),
    "ru_sections_missing": _("Some section headings are missing from the Russian text"),
    "kk_sections_missing": _("Some section headings are missing from the Kazakh text"),
    "ru_position_without_kk": _("This position appears only in the Russian text"),
    # the professional standard (anomalies[].kind of the standard)
    "cyrillic_letter_in_code": _("A code is printed with Cyrillic letters in place of Latin ones"),
    "item_separator": _("Items are separated by a non-standard mark"),
    "glued_words": _("Two words are printed without a space"),
    "function_name_differs": _("A function's name differs between the list and the card"),
    "slash_spacing": _("A space on one side of «/» only"),
    "criterion_name_differs": _("A criterion's name differs between two places of the text"),
    "duplicated_marker": _("A list marker is printed twice"),
    "code_glued_to_text": _("A code is printed without a space before the text"),
    "comma_without_space": _("No space after a comma"),
    "glued_codes": _("Two codes are printed without a separator"),
    "name_description_glued": _("A name runs into its description"),
    "code_punctuation": _("A code carries a stray punctuation mark"),
    "numbering_irregular": _("The numbering skips or repeats a number"),
    "code_length_differs": _("A code is shorter or longer than its neighbours"),
    "row_missing": _("A row of the table is missing"),
    "task_unnumbered": _("A task has no number"),
    "double_slash": _("«//» is printed for «/»"),
    "broken_hyphen": _("A word is broken by a hyphen"),
    "code_misprinted": _("A code is misprinted"),
    "criteria_glued_without_descriptors": _("Criteria are printed together without their descriptors"),
    "function_not_in_list": _("A function is missing from the list of functions"),
    "skills_inside_knowledge_cell": _("Skills are printed inside the knowledge cell"),
    "space_in_code": _("A space inside a code"),
    "label_noise": _("Stray characters beside a heading"),
    "labels_glued": _("Two headings are printed together"),
    # the course programme (anomalies[].code of the course)
    "template_carry_over": _("Text left over from the template of another document"),
    "table_debris": _("Remains of a table's layout inside the text"),
    "label_scrambled": _("A heading is printed scrambled"),
    "bullet_missing": _("A list item has no bullet"),
    "item_glued_to_heading": _("An item is printed on the heading's line"),
    "typo": _("A misprint"),
    "module_list_name_mismatch": _("A module is named differently in the list of modules"),
    "module_list_duplicate_name": _("A name is repeated in the list of modules"),
    "empty_duplicate_table": _("An empty copy of a table"),
    "document_name_inconsistent": _("The document is named differently in different places"),
    "punctuation_typo": _("A punctuation misprint"),
    "truncated_text": _("The text breaks off"),
    "duplicate_url": _("The same link is given twice"),
    "standard_order_conflict": _("The programme cites the professional standard differently from the standard itself"),
    "final_work_criteria_differ": _("The final work's criteria differ between two places"),
    "no_pass_mark": _("The text gives no pass mark"),
    "material_language_differs": _("The language of the materials differs from the language of the course"),
}


def label(code: str | None) -> str:
    """The reader's label of ``code`` in the active language; an unknown code is returned as is."""
    found = LABELS.get(code or "")
    return str(found) if found is not None else str(code or "")
