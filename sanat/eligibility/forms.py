"""The staff-file upload form (the check page uses ``sanat.attestation.profile_forms``)."""

from __future__ import annotations

from django import forms

from sanat.eligibility.labels import words


class ScreenForm(forms.Form):
    file = forms.FileField()
    as_of = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, lang: str = "kk", **kwargs):
        super().__init__(*args, **kwargs)
        w = words(lang)
        self.fields["file"].label = w["upload"]
        self.fields["as_of"].label = w["as_of"]
