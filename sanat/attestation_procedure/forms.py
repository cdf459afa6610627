"""Forms with plain kk/ru labels; validation names the field and keeps the input."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from sanat.vocabulary import HIGHER_CATEGORIES

from .models import Decision, Member


class RoundForm(forms.Form):
    body = forms.ChoiceField(label=_("Attesting body"))
    title_kk = forms.CharField(label=_("Title (Kazakh)"), max_length=300)
    title_ru = forms.CharField(label=_("Title (Russian)"), max_length=300, required=False)
    starts = forms.DateField(label=_("Start date"), widget=forms.DateInput(attrs={"type": "date"}))
    ends = forms.DateField(label=_("End date"), widget=forms.DateInput(attrs={"type": "date"}))
    quorum = forms.IntegerField(label=_("Quorum (voting members present)"), min_value=1, max_value=50)
    categories = forms.MultipleChoiceField(label=_("Categories in scope"), widget=forms.CheckboxSelectMultiple)
    positions = forms.MultipleChoiceField(label=_("Posts in scope (none chosen: every post)"), required=False,
                                          widget=forms.SelectMultiple(attrs={"size": 8}))

    def __init__(self, *args, bodies=(), positions=(), category_labels=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].choices = list(bodies)
        self.fields["positions"].choices = list(positions)
        labels = category_labels or {}
        self.fields["categories"].choices = [(c, labels.get(c, c)) for c in HIGHER_CATEGORIES]

    def clean(self):
        data = super().clean()
        if data.get("starts") and data.get("ends") and data["ends"] < data["starts"]:
            self.add_error("ends", _("The end date is before the start date."))
        return data


class MemberForm(forms.Form):
    username = forms.CharField(label=_("User name"), max_length=150)
    board = forms.ChoiceField(label=_("Commission"), choices=Member.BOARDS)
    role = forms.ChoiceField(label=_("Role"), choices=Member.ROLES)
    position = forms.CharField(label=_("Job title"), max_length=300, required=False)

    def clean_username(self):
        try:
            return get_user_model().objects.get(username=self.cleaned_data["username"])
        except get_user_model().DoesNotExist as exc:
            raise forms.ValidationError(_("No such user.")) from exc


class ApplyForm(forms.Form):
    category = forms.ChoiceField(label=_("Target category"))
    iin = forms.CharField(label=_("IIN"), min_length=12, max_length=12,
                          help_text=_("Used only to match your knowledge-test result; stored as a keyed hash."))
    lang = forms.ChoiceField(label=_("Language of the attestation"), choices=[("kk", "қазақ тілі"), ("ru", "русский язык")])

    def __init__(self, *args, categories=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = list(categories)


class ScoreForm(forms.Form):
    score = forms.CharField(label=_("Score"), max_length=12)
    taken_on = forms.DateField(label=_("Test date"), widget=forms.DateInput(attrs={"type": "date"}))


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Results file of the testing organisation (CSV or XLSX)"))


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Decision"), choices=Decision.OUTCOMES, widget=forms.RadioSelect)
    present = forms.IntegerField(label=_("Voting members present"), min_value=0, max_value=50)
    votes_for = forms.IntegerField(label=_("Votes for"), min_value=0, max_value=50)
    votes_against = forms.IntegerField(label=_("Votes against"), min_value=0, max_value=50)
    reasons = forms.CharField(label=_("Reasons"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class AppealForm(forms.Form):
    text = forms.CharField(label=_("What you appeal and why"), max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 4}))


class AppealDecisionForm(forms.Form):
    upheld = forms.TypedChoiceField(label=_("Decision of the appeal commission"), widget=forms.RadioSelect,
                                    choices=[("1", _("Uphold: change the score")), ("0", _("Reject: keep the score"))],
                                    coerce=lambda v: v == "1")
    new_score = forms.CharField(label=_("New score"), max_length=12, required=False)
    reasons = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 3}))
