{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Sign in}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="/sign-in" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="next" value="{{FIELD_next}}">
  <div class="field">
    <label for="email">{{_:x-t=Email}}</label>
    <input id="email" name="email" type="email" autocomplete="username" required maxlength="254" value="{{FIELD_email}}"{{#INVALID_email}} aria-invalid="true" aria-describedby="email-error"{{/INVALID_email}}>
    {{#INVALID_email}}<p class="field-error" id="email-error">{{ERROR_email}}</p>{{/INVALID_email}}
  </div>
  <div class="field">
    <label for="password">{{_:x-t=Password}}</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128" data-reveal="{{_:x-t=Show}}">
  </div>
  <button type="submit" class="button">{{_:x-t=Sign in}}</button>
</form>
<p><a href="/password/forgot">{{_:x-t=Forgot your password?}}</a></p>
<p>{{_:x-t=No account yet?}} <a href="/sign-up">{{_:x-t=Create one now}}</a></p>
