{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}}</h1>
{{#DONE}}<p>{{_:x-t=Your email address is confirmed. You can now sign in.}}</p>
<p><a class="button" href="/sign-in">{{_:x-t=Sign in}}</a></p>{{/DONE}}
{{#FAILED}}<p class="error-message">{{MESSAGE}}</p>
<p><a href="/sign-in">{{_:x-t=Sign in}}</a> · <a href="/password/forgot">{{_:x-t=Forgot your password?}}</a></p>{{/FAILED}}
