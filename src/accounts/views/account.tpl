{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Your account}}</h1>
<dl class="summary">
  <dt>{{_:x-t=Name}}</dt><dd>{{NAME}}</dd>
  <dt>{{_:x-t=Email}}</dt><dd>{{EMAIL}}</dd>
  <dt>{{_:x-t=Roles}}</dt><dd>{{#ROLE}}{{ROLE_NAME}} ({{ORGANISATION}}){{#ROLE_separator}}, {{/ROLE_separator}}{{/ROLE}}{{#NO_ROLE}}{{_:x-t=None yet. The program office grants roles.}}{{/NO_ROLE}}</dd>
</dl>
{{#HAS_ROLE}}<p><a href="/directory/mine">{{_:x-t=Your organisation's profile in the partner directory}}</a></p>{{/HAS_ROLE}}
<p><a href="/account/two-factor">{{_:x-t=Two-step sign-in}}</a></p>
{{>FORM_ERRORS}}
<section aria-labelledby="language-heading">
<h2 id="language-heading">{{_:x-t=Preferred language}}</h2>
<form method="post" action="/account/language">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="language">{{_:x-t=Language for pages and email}}</label>
    <select id="language" name="language">
      {{#LANGUAGE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LANGUAGE_OPTION}}
    </select>
  </div>
  <button type="submit" class="button secondary">{{_:x-t=Save the language}}</button>
</form>
</section>
<section aria-labelledby="password-heading">
<h2 id="password-heading">{{_:x-t=Change your password}}</h2>
<form method="post" action="/account/password" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="current_password">{{_:x-t=Current password}}</label>
    <input id="current_password" name="current_password" type="password" autocomplete="current-password" required maxlength="128"{{#INVALID_current_password}} aria-invalid="true" aria-describedby="current_password-error"{{/INVALID_current_password}}>
    {{#INVALID_current_password}}<p class="field-error" id="current_password-error">{{ERROR_current_password}}</p>{{/INVALID_current_password}}
  </div>
  <div class="field">
    <label for="new_password">{{_:x-t=New password}}</label>
    <input id="new_password" name="new_password" type="password" autocomplete="new-password" required minlength="12" maxlength="128"{{#INVALID_new_password}} aria-invalid="true" aria-describedby="new_password-error"{{/INVALID_new_password}}>
    {{#INVALID_new_password}}<p class="field-error" id="new_password-error">{{ERROR_new_password}}</p>{{/INVALID_new_password}}
  </div>
  <button type="submit" class="button secondary">{{_:x-t=Change the password}}</button>
</form>
</section>
<section aria-labelledby="email-heading">
<h2 id="email-heading">{{_:x-t=Change your email address}}</h2>
<form method="post" action="/account/email" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="email">{{_:x-t=New email address}}</label>
    <input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="{{FIELD_email}}"{{#INVALID_email}} aria-invalid="true" aria-describedby="email-error"{{/INVALID_email}}>
    {{#INVALID_email}}<p class="field-error" id="email-error">{{ERROR_email}}</p>{{/INVALID_email}}
  </div>
  <div class="field">
    <label for="password">{{_:x-t=Password}}</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128"{{#INVALID_password}} aria-invalid="true" aria-describedby="password-error"{{/INVALID_password}}>
    {{#INVALID_password}}<p class="field-error" id="password-error">{{ERROR_password}}</p>{{/INVALID_password}}
  </div>
  <button type="submit" class="button secondary">{{_:x-t=Send a confirmation link}}</button>
</form>
</section>
