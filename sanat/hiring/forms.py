# ruff: noqa: RUF012  (Django Meta/choices class attributes are lists by convention)
"""Forms: input validation only; the services decide."""

from __future__ import annotations

import uuid

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from sanat.vocabulary import CATEGORIES, category_label
from sanat.web.kit.lang import current_lang

from . import iin as iin_mod
from .models import CommissionMember, Competition, Organisation

#: The interface languages with their own names, as the settings list them.
LANG_CHOICES = settings.LANGUAGES


class DateTimeLocal(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class CompetitionForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(queryset=Organisation.objects.none(), label=_("Organisation"))
    languages = forms.MultipleChoiceField(choices=LANG_CHOICES, widget=forms.CheckboxSelectMultiple,
                                          label=_("Languages"))

    class Meta:
        model = Competition
        fields = ["organisation", "title_kk", "title_ru", "accepts_from", "accepts_until", "languages", "quorum",
                  "contacts"]
        widgets = {"accepts_from": DateTimeLocal(), "accepts_until": DateTimeLocal()}
        labels = {"title_kk": _("Title (Kazakh)"), "title_ru": _("Title (Russian)"),
                  "accepts_from": _("Accepting from"), "accepts_until": _("Accepting until"),
                  "quorum": _("Quorum (locked sheets; empty = two thirds of voting members)"),
                  "contacts": _("Contacts")}

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations if organisations is not None else Organisation.objects.none()
        for name in ("accepts_from", "accepts_until"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]

    def clean(self):
        data = super().clean()
        if data.get("accepts_from") and data.get("accepts_until") and data["accepts_until"] <= data["accepts_from"]:
            raise forms.ValidationError(_("The acceptance window must end after it starts."))
        return data


class MeetingForm(forms.Form):
    """The protocol's number and the commission meeting's date and place (the secretary or an
    administrator); each may be entered when known, all three before the decisions are recorded."""

    protocol_number = forms.CharField(label=_("Protocol number"), max_length=50, required=False,
                                      help_text=_("As registered by the organisation, e.g. 3 or 12-к."))
    meeting_date = forms.DateField(label=_("Date of the meeting"), required=False,
                                   widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                                   input_formats=["%Y-%m-%d", "%d.%m.%Y"],
                                   error_messages={"invalid": _("Enter the date as dd.mm.yyyy.")})
    meeting_place = forms.CharField(label=_("Place of the meeting"), max_length=300, required=False,
                                    help_text=_("The address and the room, e.g. the school's assembly hall."))


class PostForm(forms.Form):
    """A post of the competition: a position of the loaded Order 338 catalog chosen from a list (searchable
    in kk and ru by ``static/sanat/post-picker.js``), or, explicitly, a custom post with no basis in Order 338.
    Codes are never typed: the list holds only the catalog's positions, so a made-up code cannot be saved."""

    catalog_position_id = forms.ChoiceField(label=_("Post from Order 338"), required=False)
    no_regulation_basis = forms.BooleanField(label=_("Custom post: no basis in Order 338"), required=False)
    title_kk = forms.CharField(label=_("Post title (Kazakh)"), max_length=300, required=False,
                               help_text=_("Empty: the title of the chosen Order 338 post."))
    title_ru = forms.CharField(label=_("Post title (Russian)"), max_length=300, required=False,
                               help_text=_("Empty: the title of the chosen Order 338 post."))
    rate = forms.DecimalField(label=_("Rate"), min_value=0.01, max_digits=5, decimal_places=2)
    salary_floor = forms.DecimalField(label=_("Salary from (KZT)"), required=False, min_value=0, max_digits=12,
                                      decimal_places=2)
    language = forms.ChoiceField(label=_("Language"), choices=[("", "—"), *LANG_CHOICES], required=False)

    def __init__(self, *args, lang: str | None = None, **kwargs):
        from sanat.attestation.posts import grouped_choices, other_titles
        from sanat.attestation.profile_forms import PostSelect

        super().__init__(*args, **kwargs)
        lang = lang or current_lang()
        field = self.fields["catalog_position_id"]
        field.choices = [("", _("— choose a post —")), *grouped_choices(lang)]
        field.widget = PostSelect(alt_titles=other_titles(lang))
        field.widget.choices = field.choices
        field.error_messages["invalid_choice"] = _("Choose a post from the Order 338 list; "
                                                   "a typed code is not accepted.")

    def clean(self):
        data = super().clean()
        pid, custom = data.get("catalog_position_id"), data.get("no_regulation_basis")
        if pid and custom:
            self.add_error("no_regulation_basis", _("Either choose a post from Order 338 or mark a custom post, "
                                                    "not both."))
        elif not pid and not custom and "catalog_position_id" not in self.errors:
            self.add_error("catalog_position_id", _("Choose a post from Order 338, or mark the post as custom "
                                                    "(no basis in Order 338)."))
        if custom and not (data.get("title_kk") or data.get("title_ru")):
            self.add_error("title_kk", _("A custom post needs its title."))
        return data


class MemberForm(forms.Form):
    username = forms.CharField(label=_("User name"), max_length=150)
    role = forms.ChoiceField(label=_("Role"), choices=CommissionMember.ROLES)
    position = forms.CharField(label=_("Job title"), max_length=300, required=False)

    def clean_username(self):
        try:
            return get_user_model().objects.get(username=self.cleaned_data["username"])
        except get_user_model().DoesNotExist as exc:
            raise forms.ValidationError(_("No such user.")) from exc


class ApplyForm(forms.Form):
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)
    posts = forms.MultipleChoiceField(label=_("Posts"), widget=forms.CheckboxSelectMultiple)
    last_name = forms.CharField(label=_("Last name"), max_length=100)
    first_name = forms.CharField(label=_("First name"), max_length=100)
    middle_name = forms.CharField(label=_("Patronymic"), max_length=100, required=False)
    iin = forms.CharField(label=_("IIN"), min_length=12, max_length=12)
    birth_date = forms.DateField(label=_("Birth date"), widget=forms.DateInput(attrs={"type": "date"}))
    email = forms.EmailField(label=_("E-mail"))
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    education_level = forms.ChoiceField(label=_("Education (for the qualification check, optional)"), required=False,
                                        choices=[("", "—"), ("higher", _("Higher")), ("postgraduate", _("Postgraduate")),
                                                 ("tvet", _("Technical and vocational")), ("secondary", _("Secondary"))])
    pedagogical = forms.BooleanField(label=_("Pedagogical education"), required=False)
    experience_years = forms.DecimalField(label=_("Years of pedagogical experience"), required=False, min_value=0,
                                          max_value=70, decimal_places=1)
    held_category = forms.ChoiceField(label=_("Qualification category held"), required=False,
                                      choices=[("", "—"), *((c, c) for c in CATEGORIES)])
    consent = forms.BooleanField(label=_("I consent to the processing of my personal data for this competition"))

    def __init__(self, *args, competition: Competition, **kwargs):
        super().__init__(*args, **kwargs)
        lang = current_lang()
        self.fields["held_category"].choices = [("", "—"), *((c, category_label(c, lang)) for c in CATEGORIES)]
        self.fields["posts"].choices = [(str(p.pk), f"{p.title} – {p.rate}") for p in competition.posts.all()]
        self.requirements = [r for r in competition.requirements.all() if r.accepts_upload]
        for r in self.requirements:
            self.fields[f"doc_{r.pk}"] = forms.FileField(label=f"{r.number}. {r.title} [{r.get_condition_display()}]",
                                                         required=False,
                                                         widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}))
        if not self.is_bound:
            self.initial.setdefault("idempotency_key", uuid.uuid4())

    def clean_iin(self):
        try:
            return iin_mod.parse(self.cleaned_data["iin"]).value
        except iin_mod.InvalidIIN as exc:
            raise forms.ValidationError(_("The IIN is not valid (%(why)s).") % {"why": exc}) from exc

    def clean(self):
        data = super().clean()
        if data.get("iin") and data.get("birth_date") and iin_mod.parse(data["iin"]).birth_date != data["birth_date"]:
            self.add_error("birth_date", _("The birth date does not match the IIN."))
        return data


class UploadForm(forms.Form):
    requirement = forms.IntegerField(required=False, widget=forms.HiddenInput)
    file = forms.FileField(label=_("File (PDF, JPEG or PNG)"))


class CheckForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("return", _("Return"))], widget=forms.RadioSelect,
                                 label=_("Decision"))
    reasons = forms.CharField(label=_("Reasons (for a return)"), widget=forms.Textarea(attrs={"rows": 3}),
                              required=False)


class IINCheckForm(forms.Form):
    iin = forms.CharField(label=_("IIN from the identity document"), min_length=12, max_length=12)


class ScoreForm(forms.Form):
    def __init__(self, *args, criteria, chosen: dict[int, int], locked: bool, **kwargs):
        super().__init__(*args, **kwargs)
        for c in criteria:
            field = forms.TypedChoiceField(label=c.title, coerce=int, widget=forms.RadioSelect, required=False,
                                           choices=[(o.pk, f"{o.label} ({o.points})") for o in c.options.all()],
                                           initial=chosen.get(c.pk), disabled=locked)
            field.criterion = c
            self.fields[f"c_{c.pk}"] = field

    def choices(self) -> dict[int, int]:
        return {f.criterion.pk: self.cleaned_data[name] for name, f in self.fields.items()
                if self.cleaned_data.get(name) not in (None, "")}


class DecisionsForm(forms.Form):
    """The commission's decisions for all undecided posts in one form: per post with ranked candidates the
    winner (or nobody) and an optional note; a post without applicants needs nothing typed."""

    def __init__(self, *args, rankings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.posts = []
        for r in rankings:
            if r["decision"] is not None or not r["ranked"]:
                continue
            post = r["post"]
            self.fields[f"winner_{post.pk}"] = forms.TypedChoiceField(
                label=_("Winner"), coerce=int, empty_value=None, required=True,
                choices=[("", _("— choose —")), *((x.candidate.application_id,
                                                  f"{x.rank}. {x.candidate.label} ({x.score})") for x in r["ranked"]),
                         ("0", _("Nobody is selected"))])
            self.fields[f"text_{post.pk}"] = forms.CharField(label=_("Note of the commission (optional)"),
                                                             required=False, max_length=2000,
                                                             widget=forms.Textarea(attrs={"rows": 2}))
            self.posts.append(post)

    def rows(self):
        return [(p, self[f"winner_{p.pk}"], self[f"text_{p.pk}"]) for p in self.posts]

    def choices(self) -> dict[int, tuple[int | None, str]]:
        return {p.pk: (self.cleaned_data[f"winner_{p.pk}"] or None, self.cleaned_data[f"text_{p.pk}"])
                for p in self.posts}


class SheetImportForm(forms.Form):
    organisation = forms.ModelChoiceField(queryset=Organisation.objects.none(), required=False,
                                          label=_("Organisation whose competitions it scores"))
    yaml_file = forms.FileField(label=_("YAML file"), required=False)
    yaml_text = forms.CharField(label=_("or paste YAML"), widget=forms.Textarea(attrs={"rows": 12}), required=False)

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisations is not None:
            self.fields["organisation"].queryset = organisations
            if organisations.count() == 1:
                self.fields["organisation"].initial = organisations.first().pk

    def text(self) -> str:
        f = self.cleaned_data.get("yaml_file")
        return f.read().decode("utf-8") if f else self.cleaned_data.get("yaml_text", "")
