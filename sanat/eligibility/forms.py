"""The "check my category" form (field names = staff-file columns) and the upload form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sanat.eligibility.labels import words
from sanat.rules.messages import CATEGORY_LABEL

LEVELS = ("higher", "postgraduate", "tvet", "school_ped_class_pre1995", "secondary")
LEVEL_WORDS = {
    "higher": _("higher"), "postgraduate": _("postgraduate"), "tvet": _("technical and vocational"),
    "school_ped_class_pre1995": _("11th-grade pedagogical class (before 1995)"), "secondary": _("secondary"),
}
DEGREE_WORDS = {"master": _("master's degree"), "phd": _("doctor of philosophy"), "candidate": _("candidate of sciences"),
                "doctor": _("doctor of sciences")}
#: Categories a profile may hold (rules/profile.schema.json), named as the engine names them.
HELD_CATEGORIES = ("pedagog", "moderator", "expert", "researcher", "master", "deputy_3", "deputy_2", "deputy_1",
                   "head_organizer", "head_manager", "head_leader", "second", "first", "highest")
EXPERIENCE = ("exp_pedagogical", "exp_specialty", "exp_position", "exp_education_org", "exp_managerial",
              "exp_civil_service")


class CheckForm(forms.Form):
    position = forms.ChoiceField()
    as_of = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    education_level = forms.ChoiceField(required=False)
    pedagogical = forms.BooleanField(required=False)
    direction = forms.CharField(required=False, max_length=200)
    profile_relevant = forms.BooleanField(required=False, initial=True)
    retraining = forms.BooleanField(required=False)
    graduated = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    exp_pedagogical = forms.DecimalField(required=False, min_value=0, max_value=70, decimal_places=2)
    exp_specialty = forms.DecimalField(required=False, min_value=0, max_value=70, decimal_places=2)
    exp_position = forms.DecimalField(required=False, min_value=0, max_value=70, decimal_places=2)
    exp_education_org = forms.DecimalField(required=False, min_value=0, max_value=70, decimal_places=2)
    exp_managerial = forms.DecimalField(required=False, min_value=0, max_value=70, decimal_places=2)
    exp_civil_service = forms.DecimalField(required=False, min_value=0, max_value=70, decimal_places=2)
    location = forms.ChoiceField(required=False)
    organisation_level = forms.ChoiceField(required=False)
    subcase = forms.CharField(required=False, max_length=200)
    categories = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)
    degree = forms.ChoiceField(required=False)
    profile_json = forms.CharField(required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, lang: str = "kk", position_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        w = words(lang)
        for name, field in self.fields.items():
            field.label = w.get(name, name)
        self.fields["position"].choices = list(position_choices)
        self.fields["education_level"].choices = [(x, LEVEL_WORDS[x]) for x in LEVELS]
        names = CATEGORY_LABEL["ru" if lang == "ru" else "kk"]
        self.fields["categories"].choices = [(c, names[c]) for c in HELD_CATEGORIES]
        self.fields["location"].choices = [("", w["unset"]), ("urban", w["urban"]), ("rural", w["rural"])]
        self.fields["organisation_level"].choices = [("", w["unset"]), ("oblast", w["oblast"]),
                                                     ("district", w["district"])]
        self.fields["degree"].choices = [("", w["unset"]), *DEGREE_WORDS.items()]

    def staff_row(self) -> dict:
        """Cleaned data in staff-file column form (numbers and dates as text)."""
        out = {}
        for k, v in self.cleaned_data.items():
            if k == "as_of":
                continue
            if k == "categories":  # the staff-file column form: «expert; deputy_2»
                v = "; ".join(v or [])
            out[k] = v.isoformat() if hasattr(v, "isoformat") else (str(v) if v is not None and k in EXPERIENCE else v)
        return out


class ScreenForm(forms.Form):
    file = forms.FileField()
    as_of = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, lang: str = "kk", **kwargs):
        super().__init__(*args, **kwargs)
        w = words(lang)
        self.fields["file"].label = w["upload"]
        self.fields["as_of"].label = w["as_of"]
