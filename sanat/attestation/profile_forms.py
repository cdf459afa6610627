"""The profile filled by forms: one general form and four formsets (diplomas, work periods, categories
held, achievements) that read and write the rules-engine profile (``docs/schemas/profile.schema.json``).

People never type JSON or codes here: every choice has a plain kk/ru label (the engine's own words for
categories and kinds of experience, which are the law's words), dates are date fields, and every error
names the field and the row and keeps what was typed. Works without JavaScript: rows are added by a
submit button ("Add a row") that re-renders the bound forms with one more empty row, and removed by a
"Remove" box.

Checks the engine does not make (it trusts its input): a post must be chosen; no date after the check
date (``as_of``) except a category's «until»; no date before ``MIN_DATE``; no period that ends before it
starts; no two periods counting for the same kind of experience on the same day (one day counts once).
"""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from sanat.rules import messages as msg
from sanat.rules.policy import EXPERIENCE_KINDS
from sanat.rules.profile import ProfileError, validate
from sanat.vocabulary import HELD_CATEGORIES

#: Earliest date a diploma, period, category or achievement may carry (sane-bounds check, not law).
MIN_DATE = date(1940, 1, 1)
#: The most years of experience of one kind a person may state without dates.
MAX_YEARS = 70
SECTIONS = ("education", "periods", "categories", "achievements")
CATEGORY_CODES = HELD_CATEGORIES

BLANK = ("", "—")
DATE_ERRORS = {"invalid": _("Enter a date as YYYY-MM-DD.")}
EDUCATION_LEVELS = [
    ("higher", _("Higher")), ("postgraduate", _("Postgraduate")),
    ("tvet", _("Technical and vocational, post-secondary")),
    ("school_ped_class_pre1995", _("Secondary school with the XI pedagogical class (finished before 1995)")),
    ("secondary", _("Secondary")),
]
RELEVANT = [("", _("Not sure")), ("yes", _("Yes, it matches the post")), ("no", _("No, another profile"))]
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
log = logging.getLogger(__name__)

DEGREES = [("", _("No degree")), ("master", _("Master")), ("phd", _("Doctor of philosophy (PhD)")),
           ("candidate", _("Candidate of sciences")), ("doctor", _("Doctor of sciences"))]


def _date(label, required=False, help_text=""):
    return forms.DateField(label=label, required=required, help_text=help_text, error_messages=DATE_ERRORS,
                           widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))


def _check_date(form: forms.Form, name: str, as_of: date, future_ok: bool = False) -> None:
    """Errors on ``name`` for a date before ``MIN_DATE`` or (unless ``future_ok``) after ``as_of``."""
    value = form.cleaned_data.get(name)
    if value is None:
        return
    if value < MIN_DATE:
        form.add_error(name, _("«%(field)s»: a date before %(min)s is not plausible.")
                       % {"field": form.fields[name].label, "min": MIN_DATE.strftime("%d.%m.%Y")})
    elif not future_ok and value > as_of:
        form.add_error(name, _("«%(field)s»: the date is after the check date %(as_of)s.")
                       % {"field": form.fields[name].label, "as_of": as_of.strftime("%d.%m.%Y")})


class _Row(forms.Form):
    """One row of a formset; knows the check date and the interface language."""

    def __init__(self, *args, as_of: date, lang: str, **kwargs):
        self.as_of, self.lang = as_of, lang
        super().__init__(*args, **kwargs)


class PostSelect(forms.Select):
    """A select of posts whose options also carry the other language's title (``data-alt``), so the
    picker script (``static/sanat/post-picker.js``) searches kk and ru; without the script it is a plain
    select and the search box next to it narrows the list on the server."""

    def __init__(self, *args, alt_titles: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.alt_titles = alt_titles or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value and self.alt_titles.get(str(value)):
            option["attrs"]["data-alt"] = self.alt_titles[str(value)]
        return option


class GeneralForm(forms.Form):
    """The post and what is said once: organisation, degree, years without dates."""

    position = forms.ChoiceField(label=_("Post"), error_messages={"required": _("Choose your post.")},
                                 help_text=_("The post whose qualification requirements are checked."))
    location = forms.ChoiceField(label=_("Locality of the organisation"), required=False,
                                 choices=[("", _("Not stated")), ("urban", _("Urban")), ("rural", _("Rural"))],
                                 help_text=_("Some requirements differ for rural schools."))
    organisation_level = forms.ChoiceField(
        label=_("Level of the organisation"), required=False,
        choices=[("", _("Not stated")), ("oblast", _("Oblast or city of republican significance")),
                 ("district", _("District or city"))],
        help_text=_("For methodical rooms and centres the clause differs by level."))
    subcase = forms.ChoiceField(label=_("Kind of organisation named in the clause"), required=False,
                                help_text=_("Only some posts have their own requirements for a kind of organisation."))
    degree = forms.ChoiceField(label=_("Academic or scientific degree"), required=False, choices=DEGREES)

    def __init__(self, *args, lang: str, as_of: date, position_choices=(), subcases=(), with_as_of=False,
                 alt_titles=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.as_of = as_of
        self.fields["position"].widget = PostSelect(alt_titles=alt_titles, attrs={"class": "post-select"})
        self.fields["position"].choices = [("", _("— choose your post —")), *position_choices]
        self.fields["subcase"].choices = [("", _("General requirements")), *((s, s) for s in subcases)]
        words = msg.EXPERIENCE_LABEL["ru" if lang == "ru" else "kk"]
        for kind in EXPERIENCE_KINDS:
            self.fields[f"years_{kind}"] = forms.DecimalField(
                label=words[kind], required=False, min_value=0, max_value=MAX_YEARS, decimal_places=2,
                error_messages={"max_value": _("No more than %(limit_value)s years."),
                                "min_value": _("Years cannot be negative."),
                                "invalid": _("Enter a number of years, e.g. 4 or 4.5.")})
        if with_as_of:
            self.fields["as_of"] = _date(_("Check date"), help_text=_("Empty = today."))

    def years_fields(self):
        return [self[f"years_{k}"] for k in EXPERIENCE_KINDS]

    def clean_as_of(self):
        value = self.cleaned_data.get("as_of")
        if value and not (MIN_DATE <= value <= date(2100, 1, 1)):
            raise forms.ValidationError(_("The check date is out of range."))
        return value


class EducationForm(_Row):
    level = forms.ChoiceField(label=_("Level of education"), choices=[BLANK, *EDUCATION_LEVELS],
                              help_text=_("Higher and postgraduate give the high level of qualification; technical "
                                          "and vocational, post-secondary, the middle one."))
    pedagogical = forms.BooleanField(label=_("Pedagogical education"), required=False)
    direction = forms.CharField(label=_("Direction or speciality (as on the diploma)"), max_length=200,
                                required=False)
    profile_relevant = forms.ChoiceField(label=_("Matches the profile of the post"), choices=RELEVANT,
                                         required=False,
                                         help_text=_("«By the relevant profile» in the requirements."))
    retraining = forms.BooleanField(label=_("Document of pedagogical retraining"), required=False)
    graduated = _date(_("Graduation date"))

    def clean(self):
        data = super().clean()
        _check_date(self, "graduated", self.as_of)
        return data

    def entry(self) -> dict:
        cd = self.cleaned_data
        out = {"level": cd["level"], "pedagogical": bool(cd.get("pedagogical")),
               "retraining": bool(cd.get("retraining"))}
        if cd.get("direction"):
            out["direction"] = cd["direction"].strip()
        if cd.get("profile_relevant"):
            out["profile_relevant"] = cd["profile_relevant"] == "yes"
        if cd.get("graduated"):
            out["graduated"] = cd["graduated"].isoformat()
        return out


class PeriodForm(_Row):
    start = _date(_("Worked from"), required=True)
    end = _date(_("Worked until"), help_text=_("Empty if you still work there."))
    kinds = forms.MultipleChoiceField(label=_("Counts as"), widget=forms.CheckboxSelectMultiple,
                                      error_messages={"required": _("Tick at least one kind of experience.")})
    note = forms.CharField(label=_("Where (organisation and post)"), max_length=300, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        words = msg.EXPERIENCE_LABEL["ru" if self.lang == "ru" else "kk"]
        self.fields["kinds"].choices = [(k, words[k]) for k in EXPERIENCE_KINDS]

    def clean(self):
        data = super().clean()
        _check_date(self, "start", self.as_of)
        _check_date(self, "end", self.as_of)
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("«%(end)s» is before «%(start)s».")
                           % {"end": self.fields["end"].label, "start": self.fields["start"].label})
        return data

    def entry(self) -> dict:
        cd = self.cleaned_data
        out = {"from": cd["start"].isoformat(), "to": cd["end"].isoformat() if cd.get("end") else None,
               "kinds": [k for k in EXPERIENCE_KINDS if k in cd["kinds"]]}
        if cd.get("note"):
            out["note"] = cd["note"].strip()
        return out


class HeldCategoryForm(_Row):
    code = forms.ChoiceField(label=_("Category"))
    since = _date(_("Awarded on"))
    until = _date(_("Valid until"), help_text=_("As in the order that awarded it; empty if not stated."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels = msg.CATEGORY_LABEL["ru" if self.lang == "ru" else "kk"]
        self.fields["code"].choices = [BLANK, *((c, labels[c]) for c in CATEGORY_CODES)]

    def clean(self):
        data = super().clean()
        _check_date(self, "since", self.as_of)
        _check_date(self, "until", self.as_of, future_ok=True)
        if data.get("since") and data.get("until") and data["until"] < data["since"]:
            self.add_error("until", _("«%(end)s» is before «%(start)s».")
                           % {"end": self.fields["until"].label, "start": self.fields["since"].label})
        return data

    def entry(self) -> dict:
        cd = self.cleaned_data
        out = {"code": cd["code"]}
        if cd.get("since"):
            out["since"] = cd["since"].isoformat()
        if cd.get("until"):
            out["until"] = cd["until"].isoformat()
        return out


class AchievementForm(_Row):
    kind = forms.ChoiceField(label=_("Kind"), choices=[BLANK, *ACHIEVEMENT_KINDS])
    level = forms.ChoiceField(label=_("Level"), choices=[BLANK, *ACHIEVEMENT_LEVELS])
    result = forms.ChoiceField(label=_("Result"), choices=[BLANK, *ACHIEVEMENT_RESULTS], required=False,
                               help_text=_("Empty = participant."))
    date = _date(_("Date"))
    title = forms.CharField(label=_("Title"), max_length=300, required=False)
    ref = forms.IntegerField(required=False, widget=forms.HiddenInput)  # its index in the stored profile

    def clean(self):
        data = super().clean()
        _check_date(self, "date", self.as_of)
        return data

    def entry(self) -> dict:
        cd = self.cleaned_data
        out = {"kind": cd["kind"], "level": cd["level"], "result": cd.get("result") or "participant"}
        if cd.get("date"):
            out["date"] = cd["date"].isoformat()
        if cd.get("title"):
            out["title"] = cd["title"].strip()
        return out


class _RowSet(forms.BaseFormSet):
    # Django's message names the hidden counter fields (achievements-TOTAL_FORMS): none of a reader's business
    default_error_messages = {**forms.BaseFormSet.default_error_messages,  # noqa: RUF012 (Django reads it)
                              "missing_management_form": _("Part of the form is missing: open the page again and "
                                                           "repeat your changes.")}

    def kept(self) -> list[forms.Form]:
        """Filled rows not marked for removal, in order (an untouched empty row has no cleaned data)."""
        return [f for f in self.forms if not self._should_delete_form(f) and getattr(f, "cleaned_data", None)]


class PeriodSet(_RowSet):
    def clean(self):
        """No two periods counting for the same kind of experience on the same day."""
        kept = self.kept()
        rows = [(i, f) for i, f in enumerate(self.forms, 1)
                if f in kept and not f.errors and f.cleaned_data.get("start")]
        for n, (i, a) in enumerate(rows):
            for j, b in rows[:n]:
                shared = set(a.cleaned_data["kinds"]) & set(b.cleaned_data["kinds"])
                a_end, b_end = a.cleaned_data.get("end") or a.as_of, b.cleaned_data.get("end") or b.as_of
                if shared and a.cleaned_data["start"] <= b_end and b.cleaned_data["start"] <= a_end:
                    a.add_error("start", _("Work period %(i)s overlaps work period %(j)s: a day of experience "
                                           "counts once. Correct the dates or the kinds ticked.") % {"i": i, "j": j})


def _formset(form, base=_RowSet):
    return forms.formset_factory(form, formset=base, extra=1, can_delete=True, max_num=60, absolute_max=60,
                                 validate_max=True)


FORMSETS = {"education": _formset(EducationForm), "periods": _formset(PeriodForm, PeriodSet),
            "categories": _formset(HeldCategoryForm), "achievements": _formset(AchievementForm)}
TITLES = {"education": _("Diplomas"), "periods": _("Work periods"), "categories": _("Categories held"),
          "achievements": _("Achievements")}


def initial_from_profile(profile: dict | None, position_id: str = "") -> tuple[dict, dict[str, list[dict]]]:
    """General-form initial values and the rows of each formset, from a stored profile."""
    p = profile or {}
    general = {"position": position_id, "location": p.get("location") or "",
               "organisation_level": p.get("organisation_level") or "", "subcase": p.get("subcase") or "",
               "degree": p.get("degree") or ""}
    rows: dict[str, list[dict]] = {s: [] for s in SECTIONS}
    for e in p.get("education") or []:
        rel = e.get("profile_relevant")
        rows["education"].append({"level": e.get("level"), "pedagogical": bool(e.get("pedagogical")),
                                  "direction": e.get("direction") or "", "retraining": bool(e.get("retraining")),
                                  "profile_relevant": "" if rel is None else ("yes" if rel else "no"),
                                  "graduated": e.get("graduated") or None})
    exp = p.get("experience") or {}
    for kind in EXPERIENCE_KINDS:
        v = exp.get(kind)
        if isinstance(v, (int, float)):
            general[f"years_{kind}"] = Decimal(str(v))
        elif isinstance(v, list):
            rows["periods"] += [{"start": x.get("from"), "end": x.get("to"), "kinds": [kind],
                                 "note": x.get("note") or ""} for x in v]
    rows["periods"] += [{"start": x.get("from"), "end": x.get("to"), "kinds": list(x.get("kinds") or []),
                         "note": x.get("note") or ""} for x in exp.get("periods") or []]
    rows["categories"] = [{"code": c.get("code"), "since": c.get("since"), "until": c.get("until")}
                          for c in p.get("categories") or []]
    rows["achievements"] = [{"kind": a.get("kind"), "level": a.get("level"), "result": a.get("result") or "participant",
                             "date": a.get("date"), "title": a.get("title") or "", "ref": i}
                            for i, a in enumerate(p.get("achievements") or [])]
    return general, rows


class ProfileForms:
    """The whole profile as forms: ``general`` plus one formset per section (``SECTIONS``)."""

    def __init__(self, data=None, *, lang: str, as_of: date, position_choices=(), subcases=(),
                 profile: dict | None = None, position_id: str = "", with_as_of: bool = False, alt_titles=None,
                 post_query: str = ""):
        self.lang, self.as_of, self.base, self.with_as_of = lang, as_of, dict(profile or {}), with_as_of
        self.post_query = post_query
        self.post_count = sum(len(group[1]) for group in position_choices)
        general, rows = initial_from_profile(profile, position_id)
        if data is not None:  # a post without the row counts (an old bookmark, a bot) reads as no rows
            data = data.copy()
            for s in SECTIONS:
                for key in ("TOTAL_FORMS", "INITIAL_FORMS"):
                    if not str(data.get(f"{s}-{key}", "")).isdigit():
                        data[f"{s}-{key}"] = "0"
        self.general = GeneralForm(data, initial=None if data is not None else general, lang=lang, as_of=as_of,
                                   position_choices=position_choices, subcases=subcases, with_as_of=with_as_of,
                                   alt_titles=alt_titles)
        kwargs = {"as_of": as_of, "lang": lang}
        self.sets = {s: FORMSETS[s](data, prefix=s, initial=None if data is not None else rows[s], form_kwargs=kwargs)
                     for s in SECTIONS}

    @staticmethod
    def with_added_row(data, section: str):
        """A copy of the posted data with one more empty row in ``section`` (the no-JavaScript "Add a row")."""
        data = data.copy()
        key = f"{section}-TOTAL_FORMS"
        try:
            data[key] = str(min(int(data.get(key, "0")) + 1, 60))
        except ValueError:
            data[key] = "1"
        return data

    def sections(self) -> list[dict]:
        return [{"key": s, "title": TITLES[s], "formset": self.sets[s]} for s in SECTIONS]

    def is_valid(self) -> bool:
        ok = self.general.is_valid()
        for fs in self.sets.values():
            ok = fs.is_valid() and ok
        if ok:
            try:
                validate(self.profile())
            except ProfileError as exc:  # a schema rule the forms do not know: shown, never a 500
                # the schema's own message is English and names internal paths (education[0].level): logged only
                log.info("profile rejected by the schema: %s", exc)
                self.general.add_error(None, _("The profile cannot be checked: one of its values is not one the rules accept. Check the entries and try again."))
                ok = False
        return ok

    def errors_count(self) -> int:
        n = len(self.general.errors)
        for fs in self.sets.values():
            n += sum(len(e) for e in fs.errors) + len(fs.non_form_errors())
        return n

    @property
    def position_id(self) -> str:
        return self.general.cleaned_data["position"]

    @property
    def check_date(self) -> date:
        return self.general.cleaned_data.get("as_of") or self.as_of

    def profile(self) -> dict:
        """The rules-engine profile from the cleaned forms (keys the forms do not edit are kept)."""
        cd = self.general.cleaned_data
        out = {k: v for k, v in self.base.items() if k in ("name", "lang")}
        out["education"] = [f.entry() for f in self.sets["education"].kept()]
        exp: dict = {}
        for kind in EXPERIENCE_KINDS:
            v = cd.get(f"years_{kind}")
            if v is not None:
                exp[kind] = float(v)
        periods = [f.entry() for f in self.sets["periods"].kept()]
        if periods:
            exp["periods"] = periods
        if exp:
            out["experience"] = exp
        for key in ("location", "organisation_level", "subcase", "degree"):
            if cd.get(key):
                out[key] = cd[key]
        cats = [f.entry() for f in self.sets["categories"].kept()]
        if cats:
            out["categories"] = cats
        achievements = [f.entry() for f in self.sets["achievements"].kept()]
        if achievements:
            out["achievements"] = achievements
        return out

    def achievement_moves(self) -> dict[int, int | None]:
        """Old index of each stored achievement → its new index (``None`` = removed), for evidence links."""
        moves: dict[int, int | None] = {}
        kept = self.sets["achievements"].kept()
        for new, f in enumerate(kept):
            if f.cleaned_data.get("ref") is not None:
                moves[f.cleaned_data["ref"]] = new
        for i in range(len(self.base.get("achievements") or [])):
            moves.setdefault(i, None)
        return moves
