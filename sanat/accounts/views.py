"""Log-in with throttling; every success and failure is audited."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services, throttle


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
    email = forms.EmailField(label=gettext_lazy("E-mail"))
    first_name = forms.CharField(label=gettext_lazy("First name"), max_length=150)
    last_name = forms.CharField(label=gettext_lazy("Last name"), max_length=150)

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email", "first_name", "last_name")


def signup(request):
    """Self-registration of candidates (staff roles are granted by administrators)."""
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        services.record(user, "account.registered", user, ip=services.client_ip(request))
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        nxt = request.GET.get("next", "")
        safe = url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure())
        return redirect(nxt if nxt and safe else "hiring:index")
    return render(request, "accounts/signup.html", {"form": form})
