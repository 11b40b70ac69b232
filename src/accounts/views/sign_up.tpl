{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Create an account}}</h1>
<p>{{_:x-t=Municipal staff in Canada and staff of partner local governments can create an account to apply, report and follow their partnerships.}}</p>
{{>FORM_ERRORS}}
<form method="post" action="/sign-up" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field">
    <label for="name">{{_:x-t=Name}}</label>
    <input id="name" name="name" type="text" autocomplete="name" required maxlength="100" value="{{FIELD_name}}"{{#INVALID_name}} aria-invalid="true" aria-describedby="name-error"{{/INVALID_name}}>
    {{#INVALID_name}}<p class="field-error" id="name-error">{{ERROR_name}}</p>{{/INVALID_name}}
  </div>
  <div class="field">
    <label for="email">{{_:x-t=Email}}</label>
    <input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="{{FIELD_email}}"{{#INVALID_email}} aria-invalid="true" aria-describedby="email-error"{{/INVALID_email}}>
    {{#INVALID_email}}<p class="field-error" id="email-error">{{ERROR_email}}</p>{{/INVALID_email}}
  </div>
  <div class="field">
    <label for="password">{{_:x-t=Password}}</label>
    <input id="password" name="password" type="password" autocomplete="new-password" required minlength="12" maxlength="128" aria-describedby="password-hint{{#INVALID_password}} password-error{{/INVALID_password}}"{{#INVALID_password}} aria-invalid="true"{{/INVALID_password}} data-reveal="{{_:x-t=Show}}">
    <p class="hint" id="password-hint">{{_:x-t=At least 12 characters. A phrase of several words is easy to remember and hard to guess.}}</p>
    {{#INVALID_password}}<p class="field-error" id="password-error">{{ERROR_password}}</p>{{/INVALID_password}}
  </div>
  <div class="field">
    <label for="language">{{_:x-t=Preferred language}}</label>
    <select id="language" name="language"{{#INVALID_language}} aria-invalid="true" aria-describedby="language-error"{{/INVALID_language}}>
      {{#LANGUAGE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LANGUAGE_OPTION}}
    </select>
    {{#INVALID_language}}<p class="field-error" id="language-error">{{ERROR_language}}</p>{{/INVALID_language}}
  </div>
  <button type="submit" class="button">{{_:x-t=Create my account}}</button>
</form>
<p>{{_:x-t=Already have an account?}} <a href="/sign-in">{{_:x-t=Sign in}}</a></p>
