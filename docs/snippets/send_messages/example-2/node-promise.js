const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Message.sendMultiple([
  {
    from: '+19195551211',
    to: '+19195551213',
    text: 'This is the test message one',
    callbackUrl: 'http://my.callback.url/messages'
  },
  {
    from: '+19195551212',
    to: '+19195551214',
    text: 'This is the test message two',
    callbackUrl: 'http://my.callback.url/messages'
  },
  {
    from: '+19195551211',
    to: '+19195551215',
    text: 'This is the test message three',
    media: ['http://your-site.com/image-1.jpg'],
    callbackUrl: 'http://my.callback.url/messages'
  }
])
.then(function (response) {
  response.forEach(function (item) {
    console.log(item.message.id);
  });
});
