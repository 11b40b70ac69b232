{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Join the distribution list}}</h1>
<p>{{_:x-t=Receive the calls for partnership and the news of the program by email, on the topics you choose. We send you a link to confirm your address first; nothing is sent before you open it.}}</p>
{{>FORM_ERRORS}}
{{>FORM}}
