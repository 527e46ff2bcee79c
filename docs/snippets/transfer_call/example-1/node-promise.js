const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.transfer('c-qbs5kwrsyx6wsdi', {
  transferTo: '+18382947878'
})
.then(function (response) {
  console.log(response.id);
});
