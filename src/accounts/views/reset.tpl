{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Choose a new password}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="/password/reset" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="token" value="{{FIELD_token}}">
  <div class="field">
    <label for="password">{{_:x-t=New password}}</label>
    <input id="password" name="password" type="password" autocomplete="new-password" required minlength="12" maxlength="128" aria-describedby="password-hint{{#INVALID_password}} password-error{{/INVALID_password}}"{{#INVALID_password}} aria-invalid="true"{{/INVALID_password}} data-reveal="{{_:x-t=Show}}">
    <p class="hint" id="password-hint">{{_:x-t=At least 12 characters. A phrase of several words is easy to remember and hard to guess.}}</p>
    {{#INVALID_password}}<p class="field-error" id="password-error">{{ERROR_password}}</p>{{/INVALID_password}}
  </div>
  <button type="submit" class="button">{{_:x-t=Save the new password}}</button>
</form>
