"""The "check my category" form (field names = staff-file columns) and the upload form."""

from __future__ import annotations

from django import forms

from sanat.eligibility.labels import words

LEVELS = ("higher", "postgraduate", "tvet", "school_ped_class_pre1995", "secondary")
LEVEL_WORDS = {
    "kk": {"higher": "жоғары", "postgraduate": "жоғары оқу орнынан кейінгі", "tvet": "техникалық және кәсіптік",
           "school_ped_class_pre1995": "XI педагогикалық сынып (1995 жылға дейін)", "secondary": "орта"},
    "ru": {"higher": "высшее", "postgraduate": "послевузовское", "tvet": "техническое и профессиональное",
           "school_ped_class_pre1995": "XI педагогический класс (до 1995 г.)", "secondary": "среднее"},
}
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
    categories = forms.CharField(required=False, max_length=200)
    degree = forms.ChoiceField(required=False)
    profile_json = forms.CharField(required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, lang: str = "kk", position_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        w = words(lang)
        for name, field in self.fields.items():
            field.label = w.get(name, name)
        self.fields["position"].choices = list(position_choices)
        self.fields["education_level"].choices = [(x, LEVEL_WORDS[lang if lang == "ru" else "kk"][x]) for x in LEVELS]
        self.fields["location"].choices = [("", w["unset"]), ("urban", w["urban"]), ("rural", w["rural"])]
        self.fields["organisation_level"].choices = [("", w["unset"]), ("oblast", w["oblast"]),
                                                     ("district", w["district"])]
        self.fields["degree"].choices = [("", w["unset"]), ("master", "master"), ("phd", "PhD"),
                                         ("candidate", "candidate"), ("doctor", "doctor")]

    def staff_row(self) -> dict:
        """Cleaned data in staff-file column form (numbers and dates as text)."""
        out = {}
        for k, v in self.cleaned_data.items():
            if k == "as_of":
                continue
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
