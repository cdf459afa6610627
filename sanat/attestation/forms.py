"""Forms of the attestation workspace (errors in the active language, bound data kept on error)."""

from __future__ import annotations

import json

from django import forms
from django.utils.translation import gettext_lazy as _

from sanat.rules.profile import ProfileError, validate

MAX_PROFILE_BYTES = 256 * 1024


class ProfileImportForm(forms.Form):
    """The advanced way in: a profile file exported earlier (or by ``sanat check``), checked by the schema."""

    profile_file = forms.FileField(label=_("Profile file exported earlier"))

    def clean_profile_file(self):
        upload = self.cleaned_data["profile_file"]
        if upload.size > MAX_PROFILE_BYTES:
            raise forms.ValidationError(_("The profile file is too large (256 KB at most)."))
        try:
            profile = json.loads(upload.read().decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(_("The profile file is not UTF-8 text.")) from exc
        except json.JSONDecodeError as exc:
            raise forms.ValidationError(_("The profile is not valid JSON (line %(line)s, column %(col)s).")
                                        % {"line": exc.lineno, "col": exc.colno}) from exc
        if not isinstance(profile, dict):
            raise forms.ValidationError(_("The profile must be a JSON object."))
        try:
            validate(profile)
        except ProfileError as exc:
            raise forms.ValidationError(_("The profile does not match the profile format: %(err)s")
                                        % {"err": exc}) from exc
        return profile


class EvidenceForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(label=_("File (PDF, JPEG or PNG, up to 10 MB)"))
    statements = forms.MultipleChoiceField(label=_("Competency statements it supports"), required=False,
                                           widget=forms.CheckboxSelectMultiple)
    achievement = forms.TypedChoiceField(label=_("Achievement in the profile"), required=False, coerce=int,
                                         empty_value=None)

    def __init__(self, *args, statements=(), achievements=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["statements"].choices = [(s, s) for s in statements]
        self.fields["achievement"].choices = [("", "—"), *achievements]


class MappingForm(EvidenceForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["title"], self.fields["file"]


class PlanItemForm(forms.Form):
    text = forms.CharField(label=_("Step"), widget=forms.Textarea(attrs={"rows": 2, "cols": 70}), max_length=2000)
    due = forms.DateField(label=_("Due date"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
                          error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")})
    done = forms.BooleanField(label=_("Done"), required=False)
