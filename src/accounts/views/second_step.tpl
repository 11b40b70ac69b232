{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Two-step sign-in}}</h1>
{{>FORM_ERRORS}}
<p>{{_:x-t=Enter the 6-digit code your authenticator app shows now. If you have lost your phone, enter one of your recovery codes instead.}}</p>
<form method="post" action="/sign-in/two-factor" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="pending_token" value="{{FIELD_pending_token}}">
  <input type="hidden" name="next" value="{{FIELD_next}}">
  <div class="field">
    <label for="code">{{_:x-t=Code}}</label>
    <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required maxlength="64"{{#INVALID_code}} aria-invalid="true" aria-describedby="code-error"{{/INVALID_code}}>
    {{#INVALID_code}}<p class="field-error" id="code-error">{{ERROR_code}}</p>{{/INVALID_code}}
  </div>
  <button type="submit" class="button">{{_:x-t=Continue}}</button>
</form>
<p><a href="/sign-in">{{_:x-t=Start again}}</a></p>
