"""Forms of the attestation workspace (errors in the active language, bound data kept on error)."""

from __future__ import annotations

import json

from django import forms
from django.utils.translation import gettext_lazy as _

from sanat.rules.profile import ProfileError, validate

MAX_PROFILE_BYTES = 256 * 1024


class ProfileForm(forms.Form):
    position = forms.ChoiceField(label=_("Target post"))
    profile = forms.CharField(label=_("Profile (JSON)"), widget=forms.Textarea(attrs={"rows": 18, "cols": 90}),
                              required=False)
    profile_file = forms.FileField(label=_("…or import a profile file (JSON)"), required=False)

    def __init__(self, *args, position_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["position"].choices = [("", "—"), *position_choices]

    def clean(self):
        data = super().clean()
        upload = data.get("profile_file")
        text = data.get("profile") or ""
        if upload:
            if upload.size > MAX_PROFILE_BYTES:
                raise forms.ValidationError(_("The profile file is too large (256 KB at most)."))
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise forms.ValidationError(_("The profile file is not UTF-8 text.")) from exc
        if not text.strip():
            raise forms.ValidationError(_("Enter the profile or choose a profile file."))
        try:
            profile = json.loads(text)
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
        data["profile_obj"] = profile
        data["profile_text"] = json.dumps(profile, ensure_ascii=False, indent=2)
        return data


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


ACHIEVEMENT_KINDS = [
    ("olympiad", _("Pupils' olympiad")), ("contest", _("Pupils' contest")), ("competition", _("Competition")),
    ("professional_contest", _("Professional contest")), ("publication", _("Publication")),
    ("methodical_material", _("Methodical material")), ("programme", _("Programme")),
    ("experience_generalisation", _("Generalisation of experience")), ("expert_membership", _("Expert membership")),
    ("worldskills", _("WorldSkills")), ("award", _("Award")), ("mentoring", _("Mentoring")),
    ("video_lesson", _("Video lesson")), ("other", _("Other")),
]
ACHIEVEMENT_LEVELS = [("organisation", _("Organisation")), ("district", _("District or city")),
                      ("oblast", _("Oblast")), ("republic", _("Republic")), ("international", _("International"))]
ACHIEVEMENT_RESULTS = [("participant", _("Participant")), ("prize", _("Prize")), ("winner", _("Winner"))]
DATE_ERRORS = {"invalid": _("Enter a date as YYYY-MM-DD.")}


class CategoryForm(forms.Form):
    """Add or replace one held category of the profile (by its code)."""

    code = forms.ChoiceField(label=_("Category held"))
    since = forms.DateField(label=_("Since"), widget=forms.DateInput(attrs={"type": "date"}), error_messages=DATE_ERRORS)
    until = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
                            error_messages=DATE_ERRORS)

    def __init__(self, *args, category_labels=None, **kwargs):
        super().__init__(*args, prefix="cat", **kwargs)
        self.fields["code"].choices = list((category_labels or {}).items())

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["until"] < data["since"]:
            raise forms.ValidationError(_("The end date is before the start date."))
        return data


class AchievementForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ACHIEVEMENT_KINDS)
    level = forms.ChoiceField(label=_("Level"), choices=ACHIEVEMENT_LEVELS)
    result = forms.ChoiceField(label=_("Result"), choices=ACHIEVEMENT_RESULTS)
    date = forms.DateField(label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
                           error_messages=DATE_ERRORS)
    title = forms.CharField(label=_("Title"), max_length=300, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="ach", **kwargs)
