"""Log-in with throttling, sign-up with Django's password validators and e-mail verification, password
reset by e-mail (sent by the Huey queue); every success and failure is audited."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, UserCreationForm
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from sanat.web.kit.lang import current_lang
from sanat.web.kit.links import site_url
from sanat.web.kit.views import back_url

from . import services, throttle, verification


class NormalisedAuthenticationForm(AuthenticationForm):
    """Authenticates the account the limiter counted: the name typed is mapped to the stored account
    whose normalised name (NFKC + case fold) is the same, before the password is checked."""

    def clean(self):
        typed = self.cleaned_data.get("username")
        if typed:
            self.cleaned_data["username"] = throttle.stored_username(typed)
        return super().clean()


class ThrottledLoginView(auth_views.LoginView):
    """Django's log-in view behind the log-in limit (``throttle.py``): an attempt is reserved atomically
    per account+address and per address before the password is checked."""

    template_name = "accounts/login.html"
    next_page = reverse_lazy("hiring:index")
    authentication_form = NormalisedAuthenticationForm

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        ip = services.client_ip(request)
        if not throttle.reserve(username, ip):
            services.record(None, "login.blocked", ip=ip, object_type="login",
                            object_id=throttle.normalise_username(username)[:64])
            messages.error(request, _("Too many failed log-in attempts. Try again in 15 minutes."))
            response = self.get(request, *args, **kwargs)
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        throttle.succeeded(self.request.POST.get("username", ""), services.client_ip(self.request))
        response = super().form_valid(form)
        services.record(self.request.user, "login.succeeded", self.request.user, ip=services.client_ip(self.request))
        return response

    def form_invalid(self, form):
        services.login_failed(self.request.POST.get("username", ""), services.client_ip(self.request))
        return super().form_invalid(form)


class SignupForm(UserCreationForm):
    email = forms.EmailField(label=gettext_lazy("E-mail"),
                             help_text=gettext_lazy("We send a link to confirm it before anything is linked to it."))
    first_name = forms.CharField(label=gettext_lazy("First name"), max_length=150)
    last_name = forms.CharField(label=gettext_lazy("Last name"), max_length=150)

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email", "first_name", "last_name")

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if verification.verified_user(email) is not None:
            raise forms.ValidationError(_("An account with this e-mail address already exists. Log in, or reset "
                                          "the password."))
        return email


class QueuedPasswordResetForm(PasswordResetForm):
    """Django's reset form; the message goes through the Huey queue (never sent inside the request)."""

    email = forms.EmailField(label=gettext_lazy("E-mail"), max_length=254,
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}))

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email,
                  html_email_template_name=None):
        from .tasks import send_email

        # in the language of the request (the page the user asked from); the link starts with the public address
        context = {**context, "site": site_url()}
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        send_email(subject, body, to_email)
        services.record(context.get("user"), "account.password_reset.sent", context.get("user"))


def signup(request):
    """Self-registration of candidates and teachers (staff roles are granted by administrators)."""
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        services.record(user, "account.registered", user, ip=services.client_ip(request))
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        verification.send_link(user, current_lang(request))
        messages.info(request, _("We sent a link to %(email)s: open it to confirm your address.")
                      % {"email": user.email})
        nxt = request.GET.get("next", "")
        safe = url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure())
        return redirect(nxt if nxt and safe else "hiring:index")
    return render(request, "accounts/signup.html", {"form": form}, status=400 if form.errors else 200)


@require_GET
def verify_email(request, token: str):
    user = verification.confirm(token, ip=services.client_ip(request))
    if user is None:
        messages.error(request, _("This confirmation link is not valid any more. Log in and ask for a new one."))
        return redirect("accounts:login")
    messages.success(request, _("Your e-mail address %(email)s is confirmed.") % {"email": user.email})
    return redirect("attestation:workspace" if request.user.is_authenticated else "accounts:login")


@login_required
@require_POST
def verify_email_send(request):
    verification.send_link(request.user, current_lang(request))
    messages.info(request, _("We sent a link to %(email)s: open it to confirm your address.")
                  % {"email": request.user.email})
    return redirect(back_url(request))
