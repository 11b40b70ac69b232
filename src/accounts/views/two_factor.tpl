{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Two-step sign-in}}</h1>
{{>FORM_ERRORS}}
{{#SET_UP}}
<p>{{_:x-t=Two-step sign-in is on. Each sign-in asks for a code from your authenticator app after your password.}}</p>
<p>{{RECOVERY_CODES_LEFT}}</p>
<section aria-labelledby="recovery-heading">
<h2 id="recovery-heading">{{_:x-t=New recovery codes}}</h2>
<p>{{_:x-t=New codes replace all your old ones. Enter your password to get them.}}</p>
<form method="post" action="/account/two-factor/recovery-codes" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="password">{{_:x-t=Password}}</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128"{{#INVALID_password}} aria-invalid="true" aria-describedby="password-error"{{/INVALID_password}}>
    {{#INVALID_password}}<p class="field-error" id="password-error">{{ERROR_password}}</p>{{/INVALID_password}}
  </div>
  <button type="submit" class="button secondary">{{_:x-t=Get new recovery codes}}</button>
</form>
</section>
{{#CAN_TURN_OFF}}<section aria-labelledby="turn-off-heading">
<h2 id="turn-off-heading">{{_:x-t=Turn off two-step sign-in}}</h2>
<form method="post" action="/account/two-factor/turn-off" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="turn-off-password">{{_:x-t=Password}}</label>
    <input id="turn-off-password" name="password" type="password" autocomplete="current-password" required maxlength="128">
  </div>
  <button type="submit" class="button secondary">{{_:x-t=Turn off two-step sign-in}}</button>
</form>
</section>{{/CAN_TURN_OFF}}
{{/SET_UP}}
{{#TO_SET_UP}}
<p>{{_:x-t=Administrators and program officers sign in with a code from an authenticator app as well as their password.}}</p>
<ol>
  <li>{{_:x-t=Open your authenticator app and add an account with this secret key, or the address below.}}
    <p><code class="secret">{{SECRET}}</code></p>
    <p>{{_:x-t=Or as an address for the app}} <code class="secret">{{URI}}</code></p>
  </li>
  <li>{{_:x-t=Enter the 6-digit code the app now shows for this account.}}</li>
</ol>
<form method="post" action="/account/two-factor" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="code">{{_:x-t=Code}}</label>
    <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required maxlength="64"{{#INVALID_code}} aria-invalid="true" aria-describedby="code-error"{{/INVALID_code}}>
    {{#INVALID_code}}<p class="field-error" id="code-error">{{ERROR_code}}</p>{{/INVALID_code}}
  </div>
  <button type="submit" class="button">{{_:x-t=Turn on two-step sign-in}}</button>
</form>
{{/TO_SET_UP}}
<form method="post" action="/sign-out">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button secondary">{{_:x-t=Sign out}}</button>
</form>
