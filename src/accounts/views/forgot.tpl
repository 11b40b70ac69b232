{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Reset your password}}</h1>
<p>{{_:x-t=Enter the email address of your account. We will send it a link to choose a new password.}}</p>
{{>FORM_ERRORS}}
<form method="post" action="/password/forgot" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="email">{{_:x-t=Email}}</label>
    <input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="{{FIELD_email}}"{{#INVALID_email}} aria-invalid="true" aria-describedby="email-error"{{/INVALID_email}}>
    {{#INVALID_email}}<p class="field-error" id="email-error">{{ERROR_email}}</p>{{/INVALID_email}}
  </div>
  <button type="submit" class="button">{{_:x-t=Send the link}}</button>
</form>
