{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}}</h1>
<p class="error-message">{{MESSAGE}}</p>
{{#SIGN_IN}}<p><a class="button" href="/sign-in?next={{CURRENT_PATH:u}}">{{_:x-t=Sign in}}</a></p>{{/SIGN_IN}}
<p><a href="/">{{_:x-t=Back to the home page}}</a></p>
