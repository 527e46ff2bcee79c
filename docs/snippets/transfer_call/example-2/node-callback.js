const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.transfer('c-qbs5kwrsyx6wsdi', {
  transferTo: '+18382947878',
  transferCallerId: 'private',
  whisperAudio: {sentence: 'You have an incoming call', gender: 'female', voice: 'Julie', locale: 'en_US'}
}, function (err, response) {
  if (err) {
    console.log(err);
  }
  else {
    console.log(response.id);
  }
});
